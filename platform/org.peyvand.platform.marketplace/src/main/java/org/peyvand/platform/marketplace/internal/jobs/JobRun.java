package org.peyvand.platform.marketplace.internal.jobs;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.marketplace.InstallJob;

/**
 * One job as it runs: each change makes a new {@link InstallJob} snapshot and tells the listener,
 * which posts the event open screens follow. A handler's progress fills the span of its step.
 */
public final class JobRun implements Progress {
    private final Clock clock;
    private final Consumer<InstallJob> changed;
    private volatile InstallJob job;
    private volatile int stepFrom;
    private volatile int stepTo;
    private volatile boolean cancelAsked;
    private volatile boolean changing;

    public JobRun(InstallJob queued, Clock clock, Consumer<InstallJob> changed) {
        this.job = queued;
        this.clock = clock;
        this.changed = changed;
    }

    public InstallJob job() {
        return job;
    }

    /** Moves to a step spanning {@code from} to {@code to} percent. */
    public synchronized void step(String key, int from, int to) {
        stepFrom = from;
        stepTo = to;
        set(InstallJob.State.RUNNING, from, key, null, List.of());
    }

    @Override
    public synchronized void progress(int done, int total) {
        if (total > 0) {
            int percent = stepFrom + (stepTo - stepFrom) * Math.min(done, total) / total;
            set(InstallJob.State.RUNNING, percent, job.stepKey(), null, List.of());
        }
    }

    /**
     * Asks the job to stop: at once while it waits, at its next safe point while it checks or
     * downloads.
     *
     * @return whether it will stop; not once it has finished or started changing the platform
     */
    public synchronized boolean cancel() {
        if (job.state().finished() || changing) {
            return false;
        }
        cancelAsked = true;
        if (job.state() == InstallJob.State.QUEUED) {
            set(InstallJob.State.CANCELLED, job.percent(), job.stepKey(), null, List.of());
        }
        return true;
    }

    @Override
    public boolean cancelled() {
        return cancelAsked;
    }

    /** From here on the job changes the platform and can no longer be cancelled. */
    public synchronized boolean startChanging() {
        changing = !cancelAsked;
        if (changing) {
            set(job.state(), job.percent(), job.stepKey(), null, List.of());
        }
        return changing;
    }

    /** Ends a job that stopped at a safe point because it was asked to. */
    public synchronized void stopped() {
        if (job.state().finished()) {
            return;
        }
        set(InstallJob.State.CANCELLED, job.percent(), job.stepKey(), null, List.of());
    }

    public synchronized void done() {
        set(InstallJob.State.DONE, 100, "marketplace.step.done", null, List.of());
    }

    public synchronized void refused(String key, List<Object> args) {
        set(InstallJob.State.REFUSED, job.percent(), job.stepKey(), key, args);
    }

    public synchronized void rolledBack(String key, List<Object> args) {
        set(InstallJob.State.ROLLED_BACK, job.percent(), job.stepKey(), key, args);
    }

    private void set(InstallJob.State state, int percent, String stepKey, String errorKey, List<Object> errorArgs) {
        InstallJob was = job;
        job = new InstallJob(was.id(), was.addonId(), was.action(), was.fromVersion(), was.toVersion(), state, percent, stepKey, errorKey,
                errorArgs, was.started(), state.finished() ? clock.instant() : null, was.actor(), !state.finished() && !changing);
        changed.accept(job);
    }
}
