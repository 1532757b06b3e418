package org.peyvand.module.activities.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peyvand.module.activities.Activity;
import org.peyvand.module.activities.ActivityInput;
import org.peyvand.module.activities.ActivityKind;
import org.peyvand.module.activities.ActivityQuery;
import org.peyvand.module.activities.ActivityService;
import org.peyvand.module.activities.ActivityService.Completion;
import org.peyvand.module.activities.ActivityStatus;
import org.peyvand.module.activities.Occurrence;
import org.peyvand.module.activities.Participant;
import org.peyvand.module.activities.Recurrence;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.KnownRecords;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.Referral;
import org.peyvand.platform.workflow.WorkItem;

/** The service on its migrated table (in-memory Derby, the module's own changelog and persistence unit). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityServiceTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("manager"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(I18nService.PERSIAN));
    /** 1404/07/10 at noon in Tehran. */
    private static final Instant NOW = JalaliDate.of(1404, 7, 10).toLocalDate().atTime(12, 0).atZone(Recurrences.ZONE).toInstant();
    private static final String PETRO = "101";
    /** A record type of a module that is not installed: no lookup provides it. */
    private static final String TICKET = "tickets.ticket";

    private final TestAccess access = new TestAccess().scope(REZA, Permissions.TYPE, RecordScope.Level.OWN, Set.of());
    private final RecordingAudit audit = new RecordingAudit();
    private final Announcements announcements = new Announcements();
    private final CartableService cartable = mock(CartableService.class);
    private final KnownRecords lookups = new KnownRecords(Map.of(
            Permissions.ACCOUNT, Map.of(PETRO, "پتروشیمی"),
            Permissions.CONTACT, Map.of("5", "مینا کاظمی"),
            RecordLookups.USERS, Map.of("sara", "سارا", "reza", "رضا", "maryam", "مریم")));
    private TestDatabase db;
    private ActivityServiceImpl activities;

    @BeforeAll
    void open() {
        db = new TestDatabase("crm.activities");
        activities = service(new TestGuard(), lookups);
    }

    @AfterAll
    void close() {
        db.close();
    }

    private ActivityServiceImpl service(TestGuard guard, RecordLookups records) {
        return new ActivityServiceImpl(db.transactions(), guard, access, audit, records, cartable, announcements.events(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Instant at(int year, int month, int day, int hour) {
        return JalaliDate.of(year, month, day).toLocalDate().atTime(hour, 0).atZone(Recurrences.ZONE).toInstant();
    }

    private static ActivityInput call(String subject, Instant due) {
        return new ActivityInput(ActivityKind.CALL, subject, null, Permissions.ACCOUNT, PETRO, List.of(), null, due, 15, null);
    }

    @Test
    void recordsAMeetingAboutAnAccountWithItsParticipantsNamed() {
        Activity created = activities.create(SARA, new ActivityInput(ActivityKind.MEETING, "  جلسه قرارداد  ", "", Permissions.ACCOUNT, PETRO,
                List.of("user:maryam", " CONTACT:5 ", "user:maryam"), "reza", at(1404, 7, 12, 10), 60, null));
        assertThat(created.subject()).isEqualTo("جلسه قرارداد");
        assertThat(created.description()).isNull();
        assertThat(created.regardingTitle()).isEqualTo("پتروشیمی");
        assertThat(created.regardingInstalled()).isTrue();
        assertThat(created.participants()).extracting(Participant::code, Participant::name)
                .containsExactly(tuple("user:maryam", "مریم"), tuple("contact:5", "مینا کاظمی"));
        assertThat(created.owner()).isEqualTo("reza");
        assertThat(created.ownerUnitId()).isEqualTo(7);
        assertThat(created.status()).isEqualTo(ActivityStatus.OPEN);
        assertThat(created.overdue()).isFalse();
        assertThat(activities.get(SARA, created.id())).isEqualTo(created);
    }

    @Test
    void refusesInvalidInputNamingEveryField() {
        Recurrence badRule = new Recurrence(Recurrence.Frequency.MONTHLY, 0, Set.of(DayOfWeek.MONDAY), null, null, 501);
        assertThatThrownBy(() -> activities.create(SARA, new ActivityInput(null, " ", "x".repeat(4001), TICKET, "9", List.of("user:nobody", "friend"),
                "ghost", null, 0, badRule)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("kind", "core.error.required"),
                                tuple("subject", "core.error.required"),
                                tuple("description", "core.error.tooLong"),
                                tuple("regardingType", "activities.error.unknownType"),
                                tuple("participants", "activities.error.unknownParticipant"),
                                tuple("participants", "activities.error.participant"),
                                tuple("owner", "activities.error.unknownOwner"),
                                tuple("dueAt", "core.error.required"),
                                tuple("durationMinutes", "core.error.range"),
                                tuple("recurrence.weekdays", "activities.error.weekdays"),
                                tuple("recurrence.interval", "core.error.range"),
                                tuple("recurrence.count", "core.error.range")));
        assertThatThrownBy(() -> activities.create(SARA, new ActivityInput(ActivityKind.TASK, "x", null, Permissions.ACCOUNT, "999", List.of(), null,
                NOW, null, null))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("regardingId"));
    }

    @Test
    void checksThePermissionBeforeAnythingElse() {
        int before = audit.lines().size();
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.CREATE), lookups).create(SARA, call(null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.READ), lookups).list(SARA, ActivityQuery.ALL, PageRequest.first(5, null, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.UPDATE), lookups).complete(SARA, 1, "x", 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.lines()).hasSize(before);
    }

    @Test
    void changesCompletesAndDeletesWithAnAuditLineAndAnEventEach() {
        Activity created = activities.create(SARA, call("پیگیری پیش‌فاکتور", at(1404, 7, 9, 9)));
        assertThat(created.overdue()).as("open and due yesterday").isTrue();
        Activity changed = activities.update(SARA, created.id(), call("پیگیری پیش‌فاکتور ۲", at(1404, 7, 9, 9)), created.version());
        assertThatThrownBy(() -> activities.update(SARA, created.id(), call("دیگر", at(1404, 7, 9, 9)), created.version()))
                .isInstanceOf(ConflictException.class);
        Completion done = activities.complete(SARA, created.id(), "  قرار ارسال شد ", changed.version());
        assertThat(done.done().status()).isEqualTo(ActivityStatus.DONE);
        assertThat(done.done().outcome()).isEqualTo("قرار ارسال شد");
        assertThat(done.done().overdue()).isFalse();
        assertThat(done.next()).isNull();
        assertThatThrownBy(() -> activities.complete(SARA, created.id(), null, done.done().version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("status"));
        activities.delete(SARA, created.id());

        List<AuditEntry> lines = audit.lines().subList(audit.lines().size() - 4, audit.lines().size());
        assertThat(lines).extracting(AuditEntry::action)
                .containsExactly(AuditTrail.CREATED, AuditTrail.UPDATED, AuditTrail.UPDATED, AuditTrail.DELETED);
        assertThat(lines).extracting(AuditEntry::objectType).containsOnly("activities.activity");
        assertThat(lines.get(2).changes()).extracting(AuditEntry.Change::field).containsExactlyInAnyOrder("status", "outcome");
        assertThat(announcements.posted()).extracting(e -> e.getTopic()).contains("crm/record/activities_activity/created",
                "crm/record/activities_activity/updated", "crm/record/activities_activity/deleted");
        assertThatThrownBy(() -> activities.get(SARA, created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void completingAMonthlySeriesStoresItsNextOccurrenceOnTheJalaliMonthsLastDay() {
        Recurrence monthly = new Recurrence(Recurrence.Frequency.MONTHLY, null, Set.of(), null, null, 3);
        Activity first = activities.create(SARA, new ActivityInput(ActivityKind.TASK, "گزارش ماهانه", null, null, null, List.of(), null,
                at(1404, 6, 31, 9), null, monthly));
        assertThat(first.recurrence().calendar()).as("a Persian user's rule counts Jalali months").isEqualTo(CalendarSystem.JALALI);
        Completion one = activities.complete(SARA, first.id(), null, first.version());
        assertThat(one.next().dueAt()).isEqualTo(at(1404, 7, 30, 9));
        assertThat(one.next().status()).isEqualTo(ActivityStatus.OPEN);
        assertThat(one.next().seriesStart()).isEqualTo(first.dueAt());
        Completion two = activities.complete(SARA, one.next().id(), null, one.next().version());
        assertThat(two.next().dueAt()).isEqualTo(at(1404, 8, 30, 9));
        Completion three = activities.complete(SARA, two.next().id(), null, two.next().version());
        assertThat(three.next()).as("the rule has three occurrences").isNull();
    }

    @Test
    void theCalendarShowsStoredActivitiesAndTheComingOccurrencesOfOpenSeries() {
        Recurrence weekly = new Recurrence(Recurrence.Frequency.WEEKLY, 1, Set.of(DayOfWeek.SATURDAY), CalendarSystem.JALALI, null, null);
        assertThat(JalaliDate.of(1404, 9, 1).toLocalDate().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        Activity series = activities.create(REZA, new ActivityInput(ActivityKind.MEETING, "جلسه هفتگی", null, null, null, List.of(), null,
                at(1404, 9, 1, 8), 30, weekly));
        Activity single = activities.create(REZA, call("تماس", at(1404, 9, 10, 11)));
        List<Occurrence> month = activities.calendar(REZA, at(1404, 9, 1, 0), at(1404, 10, 1, 0));
        assertThat(month).extracting(Occurrence::start).containsExactly(at(1404, 9, 1, 8), at(1404, 9, 8, 8), at(1404, 9, 10, 11),
                at(1404, 9, 15, 8), at(1404, 9, 22, 8), at(1404, 9, 29, 8));
        assertThat(month).filteredOn(Occurrence::stored).extracting(Occurrence::activityId).containsExactly(series.id(), single.id());
        assertThat(month).filteredOn(o -> !o.stored()).extracting(Occurrence::activityId).containsOnly(series.id());
        assertThat(activities.calendar(SARA, at(1404, 9, 1, 0), at(1404, 10, 1, 0))).as("Sara's scope takes in Reza's activities")
                .hasSizeGreaterThanOrEqualTo(6);
        assertThatThrownBy(() -> activities.calendar(REZA, NOW, NOW.plus(Duration.ofDays(63))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("to"));
    }

    @Test
    void listsByFiltersKeysetPagedAndKeepsOthersActivitiesOutOfAnOwnScope() {
        String account = "201";
        KnownRecords more = new KnownRecords(Map.of(Permissions.ACCOUNT, Map.of(account, "فولاد"), RecordLookups.USERS, Map.of("sara", "سارا")));
        ActivityServiceImpl service = service(new TestGuard(), more);
        for (int day = 1; day <= 3; day++) {
            service.create(SARA, new ActivityInput(ActivityKind.EMAIL, "ایمیل " + day, null, Permissions.ACCOUNT, account, List.of(), null,
                    at(1404, 7, day, 10), null, null));
        }
        ActivityQuery ofAccount = ActivityQuery.regarding(Permissions.ACCOUNT, account);
        Page<Activity> first = service.list(SARA, ofAccount, PageRequest.first(2, null, false));
        assertThat(first.items()).extracting(Activity::subject).containsExactly("ایمیل 1", "ایمیل 2");
        Page<Activity> second = service.list(SARA, ofAccount, PageRequest.first(2, null, false).next(first.nextCursor()));
        assertThat(second.items()).extracting(Activity::subject).containsExactly("ایمیل 3");
        assertThat(second.hasNext()).isFalse();
        assertThat(service.count(SARA, new ActivityQuery("ايميل", null, null, Permissions.ACCOUNT, account, null, null, false)))
                .as("Arabic yeh finds Persian yeh").isEqualTo(3);
        assertThat(service.count(SARA, new ActivityQuery(null, null, null, Permissions.ACCOUNT, account, null, null, true))).isEqualTo(3);
        assertThat(service.count(SARA, new ActivityQuery(null, "sara", ActivityStatus.OPEN, Permissions.ACCOUNT, account, at(1404, 7, 2, 0),
                at(1404, 7, 3, 0), false))).isEqualTo(1);

        Activity own = activities.create(REZA, call("تماس رضا", at(1404, 7, 20, 9)));
        List<Activity> rezas = activities.list(REZA, ActivityQuery.ALL, PageRequest.first(500, null, false)).items();
        assertThat(rezas).extracting(Activity::owner).containsOnly("reza");
        assertThat(rezas).contains(own);
        assertThatThrownBy(() -> activities.get(REZA, first.items().get(0).id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> activities.list(SARA, ActivityQuery.ALL, PageRequest.first(5, "owner", false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("sort"));
    }

    @Test
    void findsBySubjectInSubjectOrderKeysetPaged() {
        // due in the opposite order, so the subject order is not the due order
        List<String> subjects = List.of("هماهنگی نصب", "هماهنگی دموی", "جلسه معرفی", "هماهنگی ارسال");
        for (int i = 0; i < subjects.size(); i++) {
            activities.create(SARA, call(subjects.get(i), at(1404, 7, 10 + i, 9)));
        }
        ActivityQuery arranging = new ActivityQuery("هماهنگی", null, null, null, null, null, null, false);
        Page<Activity> first = activities.list(SARA, arranging, PageRequest.first(2, ActivityService.SORT_SUBJECT, false));
        assertThat(first.items()).extracting(Activity::subject).containsExactly("هماهنگی ارسال", "هماهنگی دموی");
        Page<Activity> second = activities.list(SARA, arranging, PageRequest.first(2, ActivityService.SORT_SUBJECT, false).next(first.nextCursor()));
        assertThat(second.items()).extracting(Activity::subject).containsExactly("هماهنگی نصب");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void anActivityAboutARecordOfAModuleThatLeftStillOpensAndSaysSo() {
        Activity created = activities.create(SARA, call("پیگیری", at(1404, 7, 15, 9)));
        ActivityServiceImpl withoutAccounts = service(new TestGuard(), new KnownRecords(Map.of(RecordLookups.USERS, Map.of("sara", "سارا"))));
        Activity read = withoutAccounts.get(SARA, created.id());
        assertThat(read.regardingType()).isEqualTo(Permissions.ACCOUNT);
        assertThat(read.regardingId()).isEqualTo(PETRO);
        assertThat(read.regardingInstalled()).isFalse();
        assertThat(read.regardingTitle()).isNull();
    }

    @Test
    void refersAnActivityThroughTheCartableAsARecordReferral() {
        Activity created = activities.create(SARA, call("تماس با مدیر خرید", at(1404, 7, 16, 9)));
        Referral referral = new Referral("maryam", null, "لطفاً پیگیری کنید", null);
        WorkItem item = mock(WorkItem.class);
        when(cartable.referRecord(any(), any(), any(), any(), any())).thenReturn(item);
        assertThat(activities.refer(SARA, created.id(), referral)).isSameAs(item);
        verify(cartable).referRecord(eq(SARA), eq("activities.activity"), eq(String.valueOf(created.id())), eq("تماس با مدیر خرید"), eq(referral));
        assertThatThrownBy(() -> activities.refer(REZA, created.id(), referral)).as("out of Reza's scope").isInstanceOf(NotFoundException.class);
    }
}
