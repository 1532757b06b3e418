package org.peyvand.platform.report.internal.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.report.ReportLibrary;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.platform.report.ReportSchedule;
import org.peyvand.platform.report.ReportSchedules;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules of saved reports, and their runs: every poll, each due schedule is claimed by moving
 * its next run on (a node that loses the race skips it), then exported as its owner while they may
 * log in and still see the report; what went wrong is kept on the schedule.
 */
@Component(service = ReportSchedules.class, immediate = true)
@Designate(ocd = ReportSchedulesImpl.Config.class)
public class ReportSchedulesImpl implements ReportSchedules {
    private static final Logger LOG = LoggerFactory.getLogger(ReportSchedulesImpl.class);
    static final String OBJECT_TYPE = "platform.reportSchedule";
    private static final int BATCH = 20;

    @ObjectClassDefinition(name = "Peyvand scheduled reports", description = "How often due report schedules are looked for")
    public @interface Config {
        @AttributeDefinition(description = "Seconds between looks for due schedules")
        int pollSeconds() default 60;
    }

    private final Transactions tx;
    private final ReportLibrary library;
    private final ReportExports exports;
    private final Authenticator authenticator;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final Clock clock;
    private final ScheduledExecutorService poller;

    @Activate
    public ReportSchedulesImpl(@Reference(target = "(osgi.unit.name=crm.report)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.report)") SchemaReady schema, @Reference ReportLibrary library,
            @Reference ReportExports exports, @Reference Authenticator authenticator, @Reference AccessGuard guard,
            @Reference AuditTrail audit, Config config) {
        this(new Transactions(jpa), library, exports, authenticator, guard, audit, Clock.systemUTC(), Executors.newSingleThreadScheduledExecutor(
                task -> {
                    Thread thread = new Thread(task, "crm-report-schedules");
                    thread.setDaemon(true);
                    return thread;
                }));
        int seconds = Math.max(1, config.pollSeconds());
        poller.scheduleWithFixedDelay(this::runDueQuietly, seconds, seconds, TimeUnit.SECONDS);
    }

    /** Wiring outside OSGi (tests): nothing runs until {@link #runDue} is called. */
    static ReportSchedulesImpl wiredWith(Transactions tx, ReportLibrary library, ReportExports exports, Authenticator authenticator,
            AccessGuard guard, AuditTrail audit, Clock clock) {
        return new ReportSchedulesImpl(tx, library, exports, authenticator, guard, audit, clock, null);
    }

    private ReportSchedulesImpl(Transactions tx, ReportLibrary library, ReportExports exports, Authenticator authenticator, AccessGuard guard,
            AuditTrail audit, Clock clock, ScheduledExecutorService poller) {
        this.tx = tx;
        this.library = library;
        this.exports = exports;
        this.authenticator = authenticator;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
        this.poller = poller;
    }

    @Deactivate
    void stop() {
        poller.shutdownNow();
    }

    @Override
    public List<ReportSchedule> list(Caller caller) {
        guard.require(caller, ReportPermissions.EXPORT);
        return tx.read(em -> em.createQuery("select s from ScheduleEntity s where s.owner = :me order by s.nextRun, s.id", ScheduleEntity.class)
                .setParameter("me", caller.username()).getResultList().stream().map(ScheduleEntity::toSchedule).toList());
    }

    @Override
    public ReportSchedule create(Caller caller, ReportSchedule schedule) {
        guard.require(caller, ReportPermissions.EXPORT);
        Validator problems = new Validator();
        if (schedule == null) {
            problems.reject("report", "core.error.required").throwIfInvalid();
        }
        if (schedule.report() == null || schedule.report().isBlank()) {
            problems.reject("report", "core.error.required");
        } else {
            problems.check(library.find(caller, schedule.report()).isPresent(), "report", "report.error.unknownReport", schedule.report());
        }
        problems.check(schedule.format() != null, "format", "core.error.required");
        problems.check(schedule.frequency() != null, "frequency", "core.error.required");
        if (schedule.frequency() == ReportSchedule.Frequency.WEEKLY) {
            problems.check(schedule.day() != null && schedule.day() >= 1 && schedule.day() <= 7, "day", "core.error.range", 1, 7);
        } else if (schedule.frequency() == ReportSchedule.Frequency.MONTHLY) {
            problems.check(schedule.day() != null && schedule.day() >= 1 && schedule.day() <= 31, "day", "core.error.range", 1, 31);
        }
        problems.check(schedule.hour() != null && schedule.hour() >= 0 && schedule.hour() <= 23, "hour", "core.error.range", 0, 23);
        problems.throwIfInvalid();
        Instant next = NextRun.after(schedule.frequency(), schedule.day(), schedule.hour(), caller.preferences().calendar(), clock.instant());
        ReportSchedule created = tx.write(em -> null, (em, nothing) -> {
            ScheduleEntity entity = new ScheduleEntity(caller.username(), schedule, next);
            em.persist(entity);
            return entity;
        }).toSchedule();
        audit.record(caller.username(), AuditTrail.CREATED, OBJECT_TYPE, String.valueOf(created.id()),
                created.report() + " " + created.frequency() + " " + created.format(), List.of());
        return created;
    }

    @Override
    public void delete(Caller caller, long id) {
        guard.require(caller, ReportPermissions.EXPORT);
        tx.write(em -> Optional.ofNullable(em.find(ScheduleEntity.class, id)).filter(s -> s.owner().equals(caller.username()))
                .orElseThrow(() -> new NotFoundException("report.error.unknownSchedule", id)), (em, schedule) -> {
                    em.remove(schedule);
                    return null;
                });
        audit.record(caller.username(), AuditTrail.DELETED, OBJECT_TYPE, String.valueOf(id), "", List.of());
    }

    private void runDueQuietly() {
        try {
            while (runDue() == BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.warn("Running due report schedules failed; trying again at the next look", e);
        }
    }

    /** Runs the schedules due now, at most a batch of them. @return how many were due */
    int runDue() {
        Instant now = clock.instant();
        List<Owned> due = tx.read(em -> em.createQuery("select s from ScheduleEntity s where s.nextRun <= :now order by s.nextRun",
                ScheduleEntity.class).setParameter("now", now).setMaxResults(BATCH).getResultList().stream()
                .map(s -> new Owned(s.owner(), s.toSchedule())).toList());
        for (Owned schedule : due) {
            run(schedule.owner(), schedule.schedule(), now);
        }
        return due.size();
    }

    private void run(String ownerName, ReportSchedule schedule, Instant now) {
        Optional<Caller> owner = authenticator.actingFor(ownerName);
        CalendarSystem calendar = owner.map(c -> c.preferences().calendar()).orElse(CalendarSystem.JALALI);
        Instant next = NextRun.after(schedule.frequency(), schedule.day(), schedule.hour(), calendar, now);
        int claimed = tx.write(em -> null, (em, nothing) -> em.createQuery("update ScheduleEntity s set s.nextRun = :next, s.lastRun = :now"
                + " where s.id = :id and s.nextRun = :due").setParameter("next", next).setParameter("now", now).setParameter("id", schedule.id())
                .setParameter("due", schedule.nextRun()).executeUpdate());
        if (claimed == 0) {
            return;
        }
        String export = null;
        String error = null;
        if (owner.isEmpty()) {
            error = "report.error.scheduleOwner";
        } else {
            try {
                export = exports.start(owner.get(), library.get(owner.get(), schedule.report()).definition(), schedule.format()).id();
            } catch (CrmException refused) {
                error = refused.messageKey();
            }
        }
        String exportId = export;
        String errorKey = error;
        tx.write(em -> em.find(ScheduleEntity.class, schedule.id()), (em, entity) -> {
            if (entity != null) {
                entity.ran(exportId, errorKey);
            }
            return null;
        });
    }

    /** A due schedule and whose it is. */
    private record Owned(String owner, ReportSchedule schedule) {
    }
}
