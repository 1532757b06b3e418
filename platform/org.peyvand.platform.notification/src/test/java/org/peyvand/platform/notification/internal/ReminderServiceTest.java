package org.peyvand.platform.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.notification.Notification;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.Reminder;
import org.peyvand.platform.notification.ReminderService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.MovableClock;
import org.peyvand.platform.testing.TestDatabase;

/** Reminders on an in-memory Derby, delivered through the real notification service. */
class ReminderServiceTest {
    private static final Caller SARA = caller("sara.ahmadi");
    private static final Caller REZA = caller("reza");
    private static final NotificationLink ACCOUNT = NotificationLink.record("accounts.account", "42");

    private final TestDatabase db = new TestDatabase("crm.notification");
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-20T08:00:00Z"));
    private final NotificationServiceImpl notifications = new NotificationServiceImpl(db.transactions(), new Announcements(), clock);
    private final ReminderServiceImpl reminders = new ReminderServiceImpl(db.transactions(), notifications, clock);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aReminderReachesItsOwnersInboxOnceWhenItsTimeComesWithItsRecord() {
        reminders.add(SARA, clock.instant().plus(Duration.ofMinutes(30)), "تماس با مدیر خرید", ACCOUNT);
        reminders.add(SARA, clock.instant().plus(Duration.ofHours(2)), "later", null);

        clock.move(Duration.ofMinutes(29));
        assertThat(reminders.deliverDue()).as("not yet").isZero();
        clock.move(Duration.ofMinutes(1));
        assertThat(reminders.deliverDue()).isEqualTo(1);
        assertThat(reminders.deliverDue()).as("never twice").isZero();

        List<Notification> inbox = notifications.inbox(SARA, null, 20).items();
        assertThat(inbox).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(ReminderService.KIND);
            assertThat(n.messageKey()).isEqualTo(ReminderServiceImpl.DUE_MESSAGE);
            assertThat(n.args()).containsExactly("تماس با مدیر خرید");
            assertThat(n.link()).isEqualTo(ACCOUNT);
        });
        assertThat(notifications.inbox(REZA, null, 20).items()).isEmpty();
        assertThat(reminders.upcoming(SARA, null, 20).items()).extracting(Reminder::note).containsExactly("later");
    }

    @Test
    void twoNodesSharingTheDatabaseDeliverEachReminderOnlyOnce() {
        ReminderServiceImpl otherNode = new ReminderServiceImpl(db.transactions(), notifications, clock);
        for (int i = 0; i < 5; i++) {
            reminders.add(SARA, clock.instant().plus(Duration.ofMinutes(1 + i)), "r" + i, null);
        }
        clock.move(Duration.ofMinutes(10));

        assertThat(otherNode.deliverDue() + reminders.deliverDue()).isEqualTo(5);
        assertThat(notifications.inbox(SARA, null, 20).items()).hasSize(5);
    }

    @Test
    void upcomingRemindersPageSoonestFirstAndEachUserSeesOnlyTheirOwn() {
        for (int i = 5; i >= 1; i--) {
            reminders.add(SARA, clock.instant().plus(Duration.ofDays(i)), "day " + i, null);
        }
        reminders.add(REZA, clock.instant().plus(Duration.ofHours(1)), "reza's", null);

        Page<Reminder> first = reminders.upcoming(SARA, null, 2);
        assertThat(first.items()).extracting(Reminder::note).containsExactly("day 1", "day 2");
        Page<Reminder> second = reminders.upcoming(SARA, first.nextCursor(), 2);
        assertThat(second.items()).extracting(Reminder::note).containsExactly("day 3", "day 4");
        Page<Reminder> last = reminders.upcoming(SARA, second.nextCursor(), 2);
        assertThat(last.items()).extracting(Reminder::note).containsExactly("day 5");
        assertThat(last.nextCursor()).isNull();

        long rezas = reminders.upcoming(REZA, null, 20).items().get(0).id();
        assertThatThrownBy(() -> reminders.cancel(SARA, rezas)).as("another's reminder is not Sara's to cancel")
                .isInstanceOf(NotFoundException.class);
        reminders.cancel(REZA, rezas);
        assertThat(reminders.upcoming(REZA, null, 20).items()).isEmpty();
    }

    @Test
    void aRecordShowsItsOwnersRemindersThoseToComeFirst() {
        reminders.add(SARA, clock.instant().plus(Duration.ofMinutes(5)), "first call", ACCOUNT);
        reminders.add(SARA, clock.instant().plus(Duration.ofDays(3)), "follow up", ACCOUNT);
        reminders.add(SARA, clock.instant().plus(Duration.ofDays(1)), "send the offer", ACCOUNT);
        reminders.add(SARA, clock.instant().plus(Duration.ofDays(1)), "another record", NotificationLink.record("accounts.account", "7"));
        reminders.add(REZA, clock.instant().plus(Duration.ofDays(1)), "reza's", ACCOUNT);
        clock.move(Duration.ofMinutes(10));
        reminders.deliverDue();

        assertThat(reminders.onRecord(SARA, "accounts.account", "42")).extracting(Reminder::note, Reminder::pending)
                .containsExactly(tuple("send the offer", true), tuple("follow up", true),
                        tuple("first call", false));
    }

    @Test
    void badInputNamesItsField() {
        assertThat(fields(() -> reminders.add(SARA, null, " ", null))).containsExactly("at", "note");
        ValidationException past = catchThrowableOfType(() -> reminders.add(SARA, clock.instant(), "now is too late", null),
                ValidationException.class);
        assertThat(past.fieldErrors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("at", "notification.error.reminderPast"));
        assertThat(fields(() -> reminders.add(SARA, clock.instant().plusSeconds(60), "x".repeat(ReminderService.NOTE_MAX + 1), null)))
                .containsExactly("note");
        assertThat(fields(() -> reminders.add(SARA, clock.instant().plusSeconds(60), "a screen is not a record",
                NotificationLink.view("cartable", "1")))).containsExactly("link");
        assertThat(fields(() -> reminders.upcoming(SARA, null, 0))).containsExactly("limit");
        assertThat(reminders.upcoming(SARA, null, 20).items()).as("nothing refused was kept").isEmpty();
    }

    private static List<String> fields(Runnable call) {
        return catchThrowableOfType(call::run, ValidationException.class).fieldErrors().stream().map(FieldError::field).toList();
    }

    private static Caller caller(String username) {
        return new Caller(username, 1, Set.of("staff"), DisplayPreferences.defaults(Locale.forLanguageTag("fa-IR")));
    }
}
