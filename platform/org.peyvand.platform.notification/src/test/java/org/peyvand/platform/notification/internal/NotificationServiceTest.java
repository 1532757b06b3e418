package org.peyvand.platform.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.notification.Notification;
import org.peyvand.platform.notification.NotificationChannel;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.NotificationPreference;
import org.peyvand.platform.notification.NotificationService;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.MovableClock;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.security.Caller;

/** Inboxes, channels and preferences on an in-memory Derby. */
class NotificationServiceTest {
    private static final Caller SARA = caller("sara.ahmadi");
    private static final Caller REZA = caller("reza");
    private static final NotificationLink TASK = NotificationLink.view("cartable", "42");

    private final TestDatabase db = new TestDatabase("crm.notification");
    private final Announcements announcements = new Announcements();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-20T08:00:00Z"));
    private final NotificationServiceImpl service = new NotificationServiceImpl(db.transactions(), announcements, clock);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachRecipientReadsTheirOwnInboxNewestFirstAndPagesOnByCursor() {
        for (int i = 1; i <= 5; i++) {
            service.notify("workflow.task", List.of("sara.ahmadi", "reza"), "workflow.notification.task", List.of("task " + i), TASK);
            if (i != 3) {
                clock.move(Duration.ofMinutes(1));
            }
        }
        service.notify("accounts.owner", List.of("reza"), "accounts.notification.owner", List.of(), null);

        Page<Notification> first = service.inbox(SARA, null, 2);
        assertThat(first.items()).extracting(n -> n.args().get(0)).containsExactly("task 5", "task 4");
        Page<Notification> second = service.inbox(SARA, first.nextCursor(), 2);
        assertThat(second.items()).as("task 3 and 4 share an instant: the id orders them").extracting(n -> n.args().get(0))
                .containsExactly("task 3", "task 2");
        Page<Notification> last = service.inbox(SARA, second.nextCursor(), 2);
        assertThat(last.items()).extracting(n -> n.args().get(0)).containsExactly("task 1");
        assertThat(last.nextCursor()).isNull();

        Notification newest = first.items().get(0);
        assertThat(newest.recipient()).isEqualTo("sara.ahmadi");
        assertThat(newest.link()).isEqualTo(TASK);
        assertThat(newest.read()).isFalse();
        assertThat(service.inbox(REZA, null, 20).items()).hasSize(6).first().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("accounts.owner");
            assertThat(n.args()).isEmpty();
            assertThat(n.link()).isNull();
        });
    }

    @Test
    void markingReadTouchesOnlyTheCallersOwnAndAnnouncesIt() {
        List<Notification> first = service.notify("workflow.task", List.of("sara.ahmadi", "reza"), "workflow.notification.task", List.of("a"), TASK);
        service.notify("workflow.task", List.of("sara.ahmadi"), "workflow.notification.task", List.of("b"), TASK);
        long sarasFirst = first.stream().filter(n -> n.recipient().equals("sara.ahmadi")).findFirst().orElseThrow().id();
        long rezasFirst = first.stream().filter(n -> n.recipient().equals("reza")).findFirst().orElseThrow().id();
        assertThat(service.unreadCount(SARA)).isEqualTo(2);

        service.markRead(SARA, List.of(sarasFirst, rezasFirst));

        assertThat(service.unreadCount(SARA)).isEqualTo(1);
        assertThat(service.unreadCount(REZA)).as("sara cannot mark reza's").isEqualTo(1);
        service.markAllRead(SARA);
        assertThat(service.unreadCount(SARA)).isZero();
        service.markAllRead(SARA);
        assertThat(announcements.posted()).extracting(Event::getTopic).containsExactly("crm/notification/sara_ahmadi/created",
                "crm/notification/reza/created", "crm/notification/sara_ahmadi/created", "crm/notification/sara_ahmadi/read",
                "crm/notification/sara_ahmadi/read");
        assertThat(announcements.posted().get(0).getProperty(CrmEvents.PROPERTY_USER)).isEqualTo("sara.ahmadi");
        assertThat(announcements.posted().get(0).getProperty(CrmEvents.PROPERTY_ID)).isEqualTo(sarasFirst);
    }

    @Test
    void channelsDeliverAsPreferencesAllowAndAFailingOneIsSkipped() {
        List<Notification> mailed = new ArrayList<>();
        service.addChannel(channel("broken", true, n -> {
            throw new IllegalStateException("the server is down");
        }));
        NotificationChannel email = channel("email", false, mailed::add);
        service.addChannel(email);

        service.notify("workflow.task", List.of("sara.ahmadi"), "workflow.notification.task", List.of("a"), TASK);
        assertThat(mailed).as("email is off until chosen").isEmpty();
        assertThat(service.unreadCount(SARA)).as("the broken channel kept nothing from the inbox").isEqualTo(1);

        service.setPreference(SARA, "workflow.task", "email", true);
        service.setPreference(SARA, "workflow.task", NotificationService.IN_APP, false);
        service.notify("workflow.task", List.of("sara.ahmadi", "reza"), "workflow.notification.task", List.of("b"), TASK);

        assertThat(mailed).extracting(Notification::recipient).containsExactly("sara.ahmadi");
        assertThat(mailed.get(0).id()).as("not in her inbox").isZero();
        assertThat(service.unreadCount(SARA)).isEqualTo(1);
        assertThat(service.unreadCount(REZA)).isEqualTo(1);
        service.notify("accounts.owner", List.of("sara.ahmadi"), "accounts.notification.owner", List.of(), null);
        assertThat(service.unreadCount(SARA)).as("other kinds still reach her inbox").isEqualTo(2);

        service.removeChannel(email);
        service.notify("workflow.task", List.of("sara.ahmadi"), "workflow.notification.task", List.of("c"), TASK);
        assertThat(mailed).hasSize(1);
        assertThat(service.channels()).extracting(c -> c.id()).containsExactly(NotificationService.IN_APP, "broken");
    }

    @Test
    void preferencesListEveryKindReceivedOrChosenOnEveryChannel() {
        service.addChannel(channel("email", false, n -> {
        }));
        service.notify("workflow.task", List.of("sara.ahmadi"), "workflow.notification.task", List.of(), TASK);
        service.setPreference(SARA, "accounts.owner", "email", true);

        assertThat(service.preferences(SARA)).containsExactly(
                new NotificationPreference("accounts.owner", NotificationService.IN_APP, true),
                new NotificationPreference("accounts.owner", "email", true),
                new NotificationPreference("workflow.task", NotificationService.IN_APP, true),
                new NotificationPreference("workflow.task", "email", false));
        assertThat(service.preferences(REZA)).isEmpty();
    }

    @Test
    void badInputNamesItsField() {
        assertThat(fields(() -> service.notify(" ", List.of(), "", List.of(), null))).containsExactly("kind", "recipients", "messageKey");
        assertThat(fields(() -> service.setPreference(SARA, "Bad Kind", "fax", true))).containsExactly("kind", "channel");
        assertThat(fields(() -> service.inbox(SARA, null, 0))).containsExactly("limit");
        assertThat(fields(() -> service.inbox(SARA, "not-a-cursor", 10))).containsExactly("cursor");
        ValidationException unknown = catchThrowableOfType(() -> service.setPreference(SARA, "workflow.task", "fax", true),
                ValidationException.class);
        assertThat(unknown.fieldErrors()).extracting(FieldError::messageKey).containsExactly("notification.error.unknownChannel");
    }

    private static List<String> fields(Runnable call) {
        return catchThrowableOfType(call::run, ValidationException.class).fieldErrors().stream().map(FieldError::field).toList();
    }

    private static NotificationChannel channel(String id, boolean onByDefault, java.util.function.Consumer<Notification> delivery) {
        return new NotificationChannel() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String labelKey() {
                return "test.channel." + id;
            }

            @Override
            public boolean onByDefault() {
                return onByDefault;
            }

            @Override
            public void deliver(Notification notification) {
                delivery.accept(notification);
            }
        };
    }

    private static Caller caller(String username) {
        return new Caller(username, 1, Set.of("staff"), DisplayPreferences.defaults(Locale.forLanguageTag("fa-IR")));
    }
}
