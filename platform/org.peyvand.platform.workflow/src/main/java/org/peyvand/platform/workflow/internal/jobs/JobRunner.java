package org.peyvand.platform.workflow.internal.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.internal.engine.ExecutorUnavailable;
import org.peyvand.platform.workflow.internal.engine.ProcessEngine;
import org.peyvand.platform.workflow.internal.engine.ProcessFailure;
import org.peyvand.platform.workflow.internal.engine.Starter;
import org.peyvand.platform.workflow.internal.engine.Steps;
import org.peyvand.platform.workflow.internal.service.ProcessRuntime;
import org.peyvand.platform.workflow.internal.store.InstanceEntity;
import org.peyvand.platform.workflow.internal.store.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due timers and service tasks. Each job runs in the transaction that deletes it, with its
 * instance locked, so it takes effect once even when several nodes poll or the server stops half
 * way. A failed job is tried again after 10 seconds and a minute, then waits as an incident; a job
 * whose executor no module offers waits as an incident at once and runs when the executor arrives.
 */
@Component(service = JobRunner.class, immediate = true)
@Designate(ocd = JobRunner.Config.class)
public class JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    static final int ATTEMPTS = 3;
    private static final int BATCH = 100;

    @ObjectClassDefinition(name = "Peyvand workflow jobs", description = "How often due timers and service tasks are looked for")
    public @interface Config {
        @AttributeDefinition(description = "Milliseconds between looks for due jobs")
        long pollMillis() default 1000;
    }

    private final ProcessRuntime runtime;
    private final ScheduledExecutorService poller;
    private final Consumer<String> revive = this::revive;

    @Activate
    public JobRunner(@Reference ProcessRuntime runtime, Config config) {
        this(runtime);
        runtime.executors().onArrival(revive);
        poller.scheduleWithFixedDelay(this::runDueQuietly, config.pollMillis(), Math.max(50, config.pollMillis()), TimeUnit.MILLISECONDS);
    }

    /** Wiring outside OSGi (tests): nothing runs until {@link #runDue} is called. */
    public static JobRunner wiredWith(ProcessRuntime runtime) {
        JobRunner runner = new JobRunner(runtime);
        runtime.executors().onArrival(runner.revive);
        return runner;
    }

    private JobRunner(ProcessRuntime runtime) {
        this.runtime = runtime;
        this.poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "crm-workflow-jobs");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void stop() {
        runtime.executors().stopTelling(revive);
        poller.shutdownNow();
    }

    private void runDueQuietly() {
        try {
            while (runDue() == BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.warn("Looking for due workflow jobs failed; trying again shortly", e);
        }
    }

    /** Runs the jobs due now, oldest first, at most one batch; answers how many it tried. */
    public int runDue() {
        Instant now = runtime.clock().instant();
        List<JobEntity> due = runtime.tx().read(em -> em.createQuery("select j from JobEntity j where j.state = '" + ProcessEngine.WAITING
                + "' and j.dueAt <= :now order by j.dueAt, j.id", JobEntity.class).setParameter("now", now).setMaxResults(BATCH).getResultList());
        for (JobEntity job : due) {
            run(job.id(), job.instanceId());
        }
        return due.size();
    }

    private record Claimed(JobEntity job, InstanceEntity instance) {
    }

    private void run(long jobId, Long instanceId) {
        try {
            runtime.tx().write(em -> {
                InstanceEntity instance = instanceId == null ? null : runtime.engine().lock(em, instanceId);
                JobEntity job = em.find(JobEntity.class, jobId);
                if (job == null) {
                    return null;
                }
                em.refresh(job, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
                boolean due = ProcessEngine.WAITING.equals(job.state()) && !job.dueAt().isAfter(runtime.clock().instant());
                return due ? new Claimed(job, instance) : null;
            }, (em, claimed) -> {
                if (claimed == null) {
                    return null;
                }
                String state = claimed.instance() == null ? null : claimed.instance().state();
                if (state == null || InstanceState.ACTIVE.name().equals(state)) {
                    runtime.engine().fire(em, claimed.job(), claimed.instance());
                } else if (InstanceState.SUSPENDED.name().equals(state)) {
                    // left waiting by a suspend that raced with its listing: it waits with its instance
                    claimed.job().state(ProcessEngine.SUSPENDED);
                } else {
                    // nothing is left to move on an ended instance
                    em.remove(claimed.job());
                }
                return null;
            });
        } catch (ExecutorUnavailable missing) {
            failed(jobId, missing.reason(), missing.executor());
        } catch (ProcessFailure failure) {
            failed(jobId, failure.reason(), null);
        } catch (CrmException refused) {
            failed(jobId, refused.messageKey(), null);
        } catch (RuntimeException e) {
            LOG.warn("Workflow job {} failed", jobId, e);
            failed(jobId, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }

    /** Counts a failed attempt: tried again later, or an incident after the last attempt or when an executor is missing. */
    private void failed(long jobId, String reason, String missingExecutor) {
        Instant now = runtime.clock().instant();
        runtime.tx().write(em -> em.find(JobEntity.class, jobId), (em, job) -> {
            if (job == null) {
                return null;
            }
            int attempts = job.attempts() + (missingExecutor == null ? 1 : 0);
            job.attempts(attempts).lastError(Steps.cut(reason, 1000)).failedAt(now);
            if (missingExecutor != null || attempts >= ATTEMPTS) {
                job.state(ProcessEngine.INCIDENT).waitingFor(missingExecutor);
            } else {
                job.dueAt(now.plus(backOff(attempts)));
            }
            if (job.instanceId() != null) {
                Steps.history(em, job.instanceId(), job.elementId(), null, "failed", Starter.SYSTEM, now, reason, null);
            }
            return null;
        });
    }

    /** 10 seconds after the first failure, a minute after the second. */
    static Duration backOff(int attempts) {
        return Duration.ofSeconds(10L * (long) Math.pow(6, attempts - 1));
    }

    /** An executor arrived: the jobs waiting for it run again now. */
    private void revive(String executor) {
        try {
            runtime.tx().write(em -> null, (em, nothing) -> em.createQuery("update JobEntity j set j.state = '" + ProcessEngine.WAITING
                    + "', j.dueAt = :now, j.waitingFor = null where j.state = '" + ProcessEngine.INCIDENT + "' and j.waitingFor = :executor")
                    .setParameter("now", runtime.clock().instant()).setParameter("executor", executor).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warn("Jobs waiting for the executor {} could not be woken; retry their incidents", executor, e);
        }
    }
}
