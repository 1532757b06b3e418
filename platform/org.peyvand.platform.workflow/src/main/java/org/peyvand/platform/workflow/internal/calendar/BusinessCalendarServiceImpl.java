package org.peyvand.platform.workflow.internal.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.Holiday;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.platform.workflow.WorkingWeek;

@Component(service = BusinessCalendarService.class)
public class BusinessCalendarServiceImpl implements BusinessCalendarService {
    static final String HOLIDAY = "platform.holiday";
    static final String WEEK = "platform.workingWeek";

    private final Transactions tx;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final OrgUnitService units;
    private final EventAdmin events;
    private final CalendarCache cache;

    @Activate
    public BusinessCalendarServiceImpl(@Reference(target = "(osgi.unit.name=crm.workflow)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.workflow)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference AuditTrail audit, @Reference OrgUnitService units, @Reference EventAdmin events) {
        this(new Transactions(jpa), guard, audit, units, events, Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static BusinessCalendarServiceImpl wiredWith(Transactions tx, AccessGuard guard, AuditTrail audit, OrgUnitService units,
            EventAdmin events, Clock clock) {
        return new BusinessCalendarServiceImpl(tx, guard, audit, units, events, clock);
    }

    private BusinessCalendarServiceImpl(Transactions tx, AccessGuard guard, AuditTrail audit, OrgUnitService units, EventAdmin events,
            Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.audit = audit;
        this.units = units;
        this.events = events;
        this.cache = new CalendarCache(tx, units::lineage, clock);
    }

    @Override
    public Instant addWorkingTime(long unitId, Instant from, Duration workingTime) {
        return cache.of(unitId).add(required(from, "from"), workingTime);
    }

    @Override
    public Duration workingTimeBetween(long unitId, Instant from, Instant to) {
        return cache.of(unitId).between(required(from, "from"), required(to, "to"));
    }

    @Override
    public List<Holiday> holidays(Caller caller, int jalaliYear) {
        requireRead(caller);
        if (jalaliYear < JalaliDate.MIN_YEAR || jalaliYear >= JalaliDate.MAX_YEAR) {
            throw ValidationException.of("year", "core.error.range", JalaliDate.MIN_YEAR, JalaliDate.MAX_YEAR - 1);
        }
        LocalDate from = JalaliDate.of(jalaliYear, 1, 1).toLocalDate();
        LocalDate until = JalaliDate.of(jalaliYear + 1, 1, 1).toLocalDate();
        return tx.read(em -> new CalendarRows(em).holidays(from, until).stream().map(HolidayEntity::toHoliday).toList());
    }

    @Override
    public Holiday addHoliday(Caller caller, Holiday holiday) {
        guard.require(caller, WorkflowPermissions.CALENDAR_MANAGE);
        Holiday valid = CalendarInput.holiday(holiday);
        Holiday added = tx.write(em -> {
            new CalendarRows(em).holidayOn(valid.date()).ifPresent(taken -> {
                throw ValidationException.of("date", "calendar.error.dateTaken", taken.toHoliday().nameFa(), taken.toHoliday().nameEn());
            });
            return valid;
        }, (em, checked) -> {
            HolidayEntity row = new HolidayEntity(checked);
            new CalendarRows(em).add(row);
            em.flush();
            Holiday stored = row.toHoliday();
            audit.record(caller.username(), "holiday.added", HOLIDAY, String.valueOf(stored.id()), summary(stored), List.of());
            return stored;
        });
        changed();
        return added;
    }

    @Override
    public void removeHoliday(Caller caller, long id) {
        guard.require(caller, WorkflowPermissions.CALENDAR_MANAGE);
        tx.write(em -> new CalendarRows(em).holiday(id).orElseThrow(() -> new NotFoundException("calendar.error.holidayNotFound", id)),
                (em, row) -> {
                    new CalendarRows(em).remove(row);
                    audit.record(caller.username(), "holiday.removed", HOLIDAY, String.valueOf(id), summary(row.toHoliday()), List.of());
                    return null;
                });
        changed();
    }

    @Override
    public WorkingWeek week(Caller caller, long unitId) {
        requireRead(caller);
        List<Long> lineage = lineage(unitId);
        return tx.read(em -> inForce(new CalendarRows(em), lineage));
    }

    @Override
    public WorkingWeek setWeek(Caller caller, long unitId, WorkingWeek week) {
        guard.require(caller, WorkflowPermissions.CALENDAR_MANAGE);
        if (week == null && unitId == OrgUnit.ROOT_ID) {
            throw ValidationException.of("shifts", "calendar.error.rootWeekRequired");
        }
        List<WorkingWeek.Shift> shifts = week == null ? List.of() : CalendarInput.shifts(week);
        List<Long> lineage = lineage(unitId);
        WorkingWeek set = tx.write(em -> inForce(new CalendarRows(em), lineage), (em, before) -> {
            CalendarRows rows = new CalendarRows(em);
            rows.removeShiftsOf(unitId);
            shifts.forEach(shift -> rows.add(new ShiftEntity(unitId, shift)));
            em.flush();
            WorkingWeek after = inForce(rows, lineage);
            audit.record(caller.username(), week == null ? "week.inherited" : "week.set", WEEK, String.valueOf(unitId), null,
                    List.of(new AuditEntry.Change("shifts", text(before), text(after))));
            return after;
        });
        changed();
        return set;
    }

    private void changed() {
        cache.changed();
        events.postEvent(new Event(CHANGED_TOPIC, Map.of()));
    }

    /** Reading calendars is part of managing them and of following processes, whose due dates they set. */
    private void requireRead(Caller caller) {
        if (!guard.allows(caller, WorkflowPermissions.CALENDAR_MANAGE) && !guard.allows(caller, WorkflowPermissions.PROCESS_READ)) {
            throw new AccessDeniedException(WorkflowPermissions.PROCESS_READ);
        }
    }

    private List<Long> lineage(long unitId) {
        List<Long> lineage = units.lineage(unitId);
        if (lineage.isEmpty()) {
            throw new NotFoundException("calendar.error.unitNotFound", unitId);
        }
        return lineage;
    }

    private static WorkingWeek inForce(CalendarRows rows, List<Long> lineage) {
        Map<Long, List<WorkingWeek.Shift>> byUnit = rows.shiftsOf(lineage).stream().collect(Collectors.groupingBy(ShiftEntity::unitId,
                Collectors.mapping(ShiftEntity::toShift, Collectors.toList())));
        WorkingWeek week = InheritedWeeks.of(lineage, byUnit);
        return new WorkingWeek(week.shifts().stream().sorted(CalendarInput.WEEK_ORDER).toList(), week.inherited());
    }

    private static String summary(Holiday holiday) {
        return JalaliDate.from(holiday.date()) + " " + holiday.nameFa();
    }

    /** The week as one audit value, such as "SATURDAY 08:00-16:00; THURSDAY 08:00-12:00 (inherited)". */
    private static String text(WorkingWeek week) {
        String shifts = week.shifts().stream().map(s -> s.day() + " " + s.start() + "-" + s.end()).collect(Collectors.joining("; "));
        return week.inherited() ? shifts + " (inherited)" : shifts;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw ValidationException.of(field, "core.error.required");
        }
        return value;
    }
}
