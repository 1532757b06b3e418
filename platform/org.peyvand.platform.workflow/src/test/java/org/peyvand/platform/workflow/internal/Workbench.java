package org.peyvand.platform.workflow.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.Colleague;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.UserService;
import org.peyvand.platform.testing.MovableClock;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestGuard;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.Holiday;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkingWeek;
import org.peyvand.platform.workflow.internal.engine.ExecutorRegistry;
import org.peyvand.platform.workflow.internal.jobs.JobRunner;
import org.peyvand.platform.workflow.internal.service.CartableServiceImpl;
import org.peyvand.platform.workflow.internal.service.ProcessRuntime;
import org.peyvand.platform.workflow.internal.service.ProcessServiceImpl;

/** The workflow services on an in-memory database, with a clock the test moves and a calendar where every hour is working time. */
final class Workbench implements AutoCloseable {
    static final Caller ADMIN = caller("admin", 1, "administrator");
    static final Caller SARA = caller("sara", 7, "staff");
    static final Caller REZA = caller("reza", 7, "staff");
    static final Caller MINA = caller("mina", 8, "manager");

    final TestDatabase db = new TestDatabase("crm.workflow");
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T06:00:00Z"));
    final TestGuard guard = new TestGuard();
    final RecordingAudit audit = new RecordingAudit();
    final ExecutorRegistry executors = new ExecutorRegistry();
    final RecordService records = mock(RecordService.class);
    final ProcessRuntime runtime;
    final ProcessServiceImpl processes;
    final CartableServiceImpl cartable;
    final JobRunner jobs;

    Workbench() {
        runtime = ProcessRuntime.wiredWith(db.transactions(), new AllHoursCalendar(),
                code -> code.equals("sales") ? Optional.of(7L) : Optional.empty(), Workbench::owner, executors, clock);
        processes = new ProcessServiceImpl(runtime, guard, audit);
        UserService users = mock(UserService.class);
        when(users.colleagues(any(), anyCollection())).thenAnswer(call -> ((Collection<?>) call.getArgument(1)).stream()
                .filter(name -> Set.of("admin", "sara", "reza", "mina").contains(name))
                .map(name -> new Colleague((String) name, (String) name, (String) name, true)).toList());
        OrgUnitService units = mock(OrgUnitService.class);
        cartable = new CartableServiceImpl(runtime, guard, records, users, units, new AllHoursCalendar());
        jobs = JobRunner.wiredWith(runtime);
    }

    /** Reza owns account 42; other records have no owner the engine can find. */
    private static Optional<String> owner(String type, String id) {
        return "accounts.account".equals(type) && "42".equals(id) ? Optional.of("reza") : Optional.empty();
    }

    static Caller caller(String name, long unit, String role) {
        return new Caller(name, unit, Set.of(role), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    }

    List<WorkItem> box(Caller caller, CartableBox box) {
        return cartable.cartable(caller, box, PageRequest.first(50, null, false)).items();
    }

    /** Moves the clock on and runs the jobs due then. */
    void after(Duration duration) {
        clock.move(duration);
        jobs.runDue();
    }

    @Override
    public void close() {
        runtime.close();
        db.close();
    }

    /** Every hour counts; the business calendar's own tests cover weekends and holidays. */
    static final class AllHoursCalendar implements BusinessCalendarService {
        @Override
        public Instant addWorkingTime(long unitId, Instant from, Duration workingTime) {
            return from.plus(workingTime);
        }

        @Override
        public Duration workingTimeBetween(long unitId, Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }

        @Override
        public List<Holiday> holidays(Caller caller, int jalaliYear) {
            return List.of();
        }

        @Override
        public Holiday addHoliday(Caller caller, Holiday holiday) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeHoliday(Caller caller, long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WorkingWeek week(Caller caller, long unitId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WorkingWeek setWeek(Caller caller, long unitId, WorkingWeek week) {
            throw new UnsupportedOperationException();
        }
    }

    Map<String, Object> variables(long instanceId) {
        return processes.instance(ADMIN, instanceId).variables();
    }
}
