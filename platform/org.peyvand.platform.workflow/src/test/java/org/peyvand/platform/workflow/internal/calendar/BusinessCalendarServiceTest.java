package org.peyvand.platform.workflow.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.osgi.service.event.Event;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.MovableClock;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestGuard;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.Holiday;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.platform.workflow.WorkingWeek;

class BusinessCalendarServiceTest {
    private static final Caller ADMIN = new Caller("admin", 1, Set.of("administrator"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller SARA = new Caller("sara", 7, Set.of("staff"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final long SALES = 7;
    private static final long SALES_TEHRAN = 12;

    private final TestDatabase db = new TestDatabase("crm.workflow");
    private final CountingReads reads = new CountingReads(db);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T06:00:00Z"));
    private final TestGuard guard = new TestGuard();
    private final RecordingAudit audit = new RecordingAudit();
    private final OrgUnitService units = units();
    private final Announcements announcements = new Announcements();
    private final BusinessCalendarServiceImpl calendar = BusinessCalendarServiceImpl.wiredWith(new Transactions(reads), guard, audit, units,
            announcements, clock);

    @AfterEach
    void stop() {
        db.close();
    }

    /** The organisation, its sales department and the department's Tehran branch. */
    private static OrgUnitService units() {
        OrgUnitService units = Mockito.mock(OrgUnitService.class);
        Mockito.when(units.lineage(Mockito.anyLong())).thenReturn(List.of());
        Mockito.when(units.lineage(OrgUnit.ROOT_ID)).thenReturn(List.of(OrgUnit.ROOT_ID));
        Mockito.when(units.lineage(SALES)).thenReturn(List.of(SALES, OrgUnit.ROOT_ID));
        Mockito.when(units.lineage(SALES_TEHRAN)).thenReturn(List.of(SALES_TEHRAN, SALES, OrgUnit.ROOT_ID));
        return units;
    }

    private static Instant tehran(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TEHRAN).toInstant();
    }

    private static WorkingWeek.Shift shift(DayOfWeek day, int from, int to) {
        return new WorkingWeek.Shift(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    private static List<String> refusedFields(Runnable action) {
        ValidationException e = (ValidationException) org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class, action::run);
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void theShippedHolidaysOf1405AreListedInDateOrder() {
        List<Holiday> holidays = calendar.holidays(SARA, 1405);
        assertThat(holidays).extracting(Holiday::date).isSorted().contains(LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 24),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), LocalDate.of(2027, 2, 11), LocalDate.of(2027, 3, 20));
        assertThat(holidays).allSatisfy(h -> assertThat(h.date()).isBetween(LocalDate.of(2026, 3, 21), LocalDate.of(2027, 3, 20)));
        assertThat(holidays).filteredOn(Holiday::lunar).extracting(Holiday::nameEn).contains("Tasua", "Ashura", "Eid al-Adha");
        assertThat(calendar.holidays(SARA, 1406)).isNotEmpty();
        assertThat(calendar.holidays(SARA, 1407)).isEmpty();
    }

    @Test
    void readingNeedsToManageCalendarsOrToReadProcesses() {
        guard.deny(WorkflowPermissions.CALENDAR_MANAGE);
        assertThat(calendar.holidays(SARA, 1405)).isNotEmpty();
        assertThat(calendar.week(SARA, SALES).shifts()).hasSize(6);
        guard.deny(WorkflowPermissions.PROCESS_READ);
        assertThatThrownBy(() -> calendar.holidays(SARA, 1405)).isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).args()).containsExactly(WorkflowPermissions.PROCESS_READ));
        assertThatThrownBy(() -> calendar.week(SARA, SALES)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changesNeedToManageCalendars() {
        guard.deny(WorkflowPermissions.CALENDAR_MANAGE);
        Holiday day = new Holiday(0, LocalDate.of(2026, 12, 1), "تعطیل", "Closed", false);
        assertThatThrownBy(() -> calendar.addHoliday(SARA, day)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.removeHoliday(SARA, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.setWeek(SARA, SALES, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.lines()).isEmpty();
    }

    @Test
    void aHolidayIsAddedAndRemovedWithAnAuditLine() {
        Holiday added = calendar.addHoliday(ADMIN, new Holiday(0, LocalDate.of(2026, 12, 1), "  تعطیل اضطراری  ", "Emergency closure", false));
        assertThat(added.id()).isPositive();
        assertThat(added.nameFa()).isEqualTo("تعطیل اضطراری");
        assertThat(calendar.holidays(ADMIN, 1405)).contains(added);
        assertThat(audit.lines().get(0).action()).isEqualTo("holiday.added");
        assertThat(audit.lines().get(0).summary()).isEqualTo("1405/09/10 تعطیل اضطراری");
        calendar.removeHoliday(ADMIN, added.id());
        assertThat(calendar.holidays(ADMIN, 1405)).doesNotContain(added);
        assertThat(audit.lines().get(1).action()).isEqualTo("holiday.removed");
        assertThatThrownBy(() -> calendar.removeHoliday(ADMIN, added.id())).isInstanceOf(NotFoundException.class);
        assertThat(announcements.posted()).extracting(Event::getTopic).as("each change announced, the refused one not")
                .containsExactly(BusinessCalendarService.CHANGED_TOPIC, BusinessCalendarService.CHANGED_TOPIC);
    }

    @Test
    void holidaysNeedADateAndBothNamesAndOneDateHoldsOneHoliday() {
        assertThat(refusedFields(() -> calendar.addHoliday(ADMIN, new Holiday(0, null, " ", null, false))))
                .containsExactly("date", "nameFa", "nameEn");
        assertThat(refusedFields(() -> calendar.addHoliday(ADMIN, new Holiday(0, LocalDate.of(2026, 12, 1), "ن".repeat(101), "x", false))))
                .containsExactly("nameFa");
        assertThat(refusedFields(() -> calendar.addHoliday(ADMIN, null))).containsExactly("body");
        ValidationException taken = (ValidationException) org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> calendar.addHoliday(ADMIN, new Holiday(0, LocalDate.of(2026, 3, 22), "دوباره", "Again", false)));
        assertThat(taken.fieldErrors().get(0).field()).isEqualTo("date");
        assertThat(taken.fieldErrors().get(0).messageKey()).isEqualTo("calendar.error.dateTaken");
        assertThat(taken.fieldErrors().get(0).args()).containsExactly("عید نوروز", "Nowruz");
        assertThat(refusedFields(() -> calendar.holidays(ADMIN, 0))).containsExactly("year");
    }

    @Test
    void unitsInheritTheNearestAncestorsWeekUntilGivenTheirOwn() {
        WorkingWeek root = calendar.week(ADMIN, OrgUnit.ROOT_ID);
        assertThat(root.inherited()).isFalse();
        assertThat(root.shifts()).containsExactly(shift(DayOfWeek.SATURDAY, 8, 16), shift(DayOfWeek.SUNDAY, 8, 16),
                shift(DayOfWeek.MONDAY, 8, 16), shift(DayOfWeek.TUESDAY, 8, 16), shift(DayOfWeek.WEDNESDAY, 8, 16),
                shift(DayOfWeek.THURSDAY, 8, 12));
        assertThat(calendar.week(ADMIN, SALES_TEHRAN)).isEqualTo(new WorkingWeek(root.shifts(), true));

        WorkingWeek sales = calendar.setWeek(ADMIN, SALES, new WorkingWeek(List.of(shift(DayOfWeek.SUNDAY, 13, 17),
                shift(DayOfWeek.SATURDAY, 9, 12), shift(DayOfWeek.SATURDAY, 13, 17)), false));
        assertThat(sales).isEqualTo(new WorkingWeek(List.of(shift(DayOfWeek.SATURDAY, 9, 12), shift(DayOfWeek.SATURDAY, 13, 17),
                shift(DayOfWeek.SUNDAY, 13, 17)), false));
        assertThat(calendar.week(ADMIN, SALES_TEHRAN)).isEqualTo(new WorkingWeek(sales.shifts(), true));
        assertThat(audit.lines().get(0).action()).isEqualTo("week.set");
        assertThat(audit.lines().get(0).changes().get(0).newValue()).isEqualTo("SATURDAY 09:00-12:00; SATURDAY 13:00-17:00; SUNDAY 13:00-17:00");

        assertThat(calendar.setWeek(ADMIN, SALES, null)).isEqualTo(new WorkingWeek(root.shifts(), true));
        assertThat(audit.lines().get(1).action()).isEqualTo("week.inherited");
        assertThat(refusedFields(() -> calendar.setWeek(ADMIN, OrgUnit.ROOT_ID, null))).containsExactly("shifts");
        assertThatThrownBy(() -> calendar.week(ADMIN, 404)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> calendar.setWeek(ADMIN, 404, new WorkingWeek(List.of(shift(DayOfWeek.MONDAY, 8, 9)), false)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shiftsMustEndAfterTheyStartAndNotOverlap() {
        assertThat(refusedFields(() -> calendar.setWeek(ADMIN, SALES, new WorkingWeek(List.of(), false)))).containsExactly("shifts");
        assertThat(refusedFields(() -> calendar.setWeek(ADMIN, SALES, new WorkingWeek(List.of(shift(DayOfWeek.MONDAY, 16, 8)), false))))
                .containsExactly("shifts");
        ValidationException overlap = (ValidationException) org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> calendar.setWeek(ADMIN, SALES, new WorkingWeek(List.of(shift(DayOfWeek.MONDAY, 8, 12), shift(DayOfWeek.TUESDAY, 8, 12),
                        shift(DayOfWeek.MONDAY, 11, 14)), false)));
        assertThat(overlap.fieldErrors()).extracting(FieldError::messageKey).containsExactly("calendar.error.shiftOverlap");
        assertThat(refusedFields(() -> calendar.setWeek(ADMIN, SALES, new WorkingWeek(List.of(new WorkingWeek.Shift(DayOfWeek.MONDAY,
                LocalTime.of(8, 0, 30), LocalTime.of(9, 0))), false)))).containsExactly("shifts");
        assertThat(calendar.week(ADMIN, SALES).inherited()).isTrue();
        // shifts meeting end to start do not overlap
        assertThat(calendar.setWeek(ADMIN, SALES, new WorkingWeek(List.of(shift(DayOfWeek.MONDAY, 8, 12), shift(DayOfWeek.MONDAY, 12, 14)),
                false)).shifts()).hasSize(2);
    }

    @Test
    void dueDatesFollowTheUnitsHoursAndSkipAHolidayAddedAMomentAgo() {
        // Monday 9 Azar 1405, 15:00; Tuesday 10 Azar becomes a holiday
        Instant monday = tehran("2026-11-30T15:00");
        assertThat(calendar.addWorkingTime(OrgUnit.ROOT_ID, monday, Duration.ofHours(2))).isEqualTo(tehran("2026-12-01T09:00"));
        calendar.addHoliday(ADMIN, new Holiday(0, LocalDate.of(2026, 12, 1), "تعطیل اضطراری", "Emergency closure", false));
        assertThat(calendar.addWorkingTime(SALES_TEHRAN, monday, Duration.ofHours(2))).isEqualTo(tehran("2026-12-02T09:00"));

        calendar.setWeek(ADMIN, SALES, new WorkingWeek(List.of(shift(DayOfWeek.MONDAY, 8, 20), shift(DayOfWeek.WEDNESDAY, 10, 12)), false));
        assertThat(calendar.addWorkingTime(SALES_TEHRAN, monday, Duration.ofHours(7))).isEqualTo(tehran("2026-12-02T12:00"));
        assertThat(calendar.workingTimeBetween(SALES_TEHRAN, monday, tehran("2026-12-02T12:00"))).isEqualTo(Duration.ofHours(7));
        assertThat(calendar.addWorkingTime(OrgUnit.ROOT_ID, monday, Duration.ofHours(2))).isEqualTo(tehran("2026-12-02T09:00"));
        assertThat(calendar.addWorkingTime(404, monday, Duration.ofHours(2))).as("an unknown unit works the organisation's hours")
                .isEqualTo(tehran("2026-12-02T09:00"));
        assertThat(refusedFields(() -> calendar.addWorkingTime(SALES, null, Duration.ofHours(1)))).containsExactly("from");
    }

    @Test
    void dueDatesAreWorkedOutWithoutReadingTheDatabaseEachTime() {
        Instant monday = tehran("2026-11-30T15:00");
        calendar.addWorkingTime(SALES, monday, Duration.ofHours(2));
        int before = reads.count.get();
        for (int i = 0; i < 1000; i++) {
            calendar.addWorkingTime(SALES, monday.plusSeconds(i * 60L), Duration.ofHours(2));
            calendar.workingTimeBetween(SALES_TEHRAN, monday, monday.plusSeconds(i * 3600L));
        }
        assertThat(reads.count.get()).as("a unit's ancestry comes from the security service, the calendars from the cache")
                .isEqualTo(before);
    }

    @Test
    void aChangeOnAnotherNodeIsSeenWithinSeconds() {
        BusinessCalendarServiceImpl otherNode = BusinessCalendarServiceImpl.wiredWith(db.transactions(), guard, audit, units, announcements, clock);
        Instant monday = tehran("2026-11-30T15:00");
        assertThat(calendar.addWorkingTime(SALES, monday, Duration.ofHours(2))).isEqualTo(tehran("2026-12-01T09:00"));
        otherNode.addHoliday(ADMIN, new Holiday(0, LocalDate.of(2026, 12, 1), "تعطیل اضطراری", "Emergency closure", false));
        assertThat(calendar.addWorkingTime(SALES, monday, Duration.ofHours(2))).as("still cached").isEqualTo(tehran("2026-12-01T09:00"));
        clock.move(Duration.ofSeconds(6));
        assertThat(calendar.addWorkingTime(SALES, monday, Duration.ofHours(2))).isEqualTo(tehran("2026-12-02T09:00"));
    }

    /** Counts the transactions the service opens on the database. */
    private static final class CountingReads implements JpaTemplate {
        private final JpaTemplate db;
        private final AtomicInteger count = new AtomicInteger();

        CountingReads(JpaTemplate db) {
            this.db = db;
        }

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            count.incrementAndGet();
            return db.txExpr(type, code);
        }

        @Override
        public void tx(TransactionType type, EmConsumer code) {
            count.incrementAndGet();
            db.tx(type, code);
        }

        @Override
        public <R> R txExpr(EmFunction<R> code) {
            return txExpr(TransactionType.Required, code);
        }

        @Override
        public void tx(EmConsumer code) {
            tx(TransactionType.Required, code);
        }
    }
}
