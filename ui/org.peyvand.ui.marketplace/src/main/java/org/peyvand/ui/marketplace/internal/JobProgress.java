package org.peyvand.ui.marketplace.internal;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ExportPolling;

import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.ProgressBar;
import com.vaadin.ui.UI;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Follows one install job to its end: a bar with the percent, the step it is at, a cancel button
 * while nothing has changed yet, then the outcome or the reason it was refused or rolled back. The job's events move it on at once; while it runs the
 * browser also calls back, which brings those changes to the page, and a job that finished before its
 * first event could arrive is read then.
 */
final class JobProgress extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient MarketplaceService marketplace;
    private final transient Messages messages;
    private final ProgressBar bar = new ProgressBar(0f);
    private final Label step = new Label();
    private final Label outcome = new Label();
    private final Button cancel;
    private final ExportPolling polling = new ExportPolling();
    private String followed;
    private String name;
    private transient Runnable finished;

    JobProgress(UiContext context, MarketplaceService marketplace) {
        this.context = context;
        this.marketplace = marketplace;
        this.messages = context.messages();
        setId("addon-job");
        addStyleName("crm-marketplace-job");
        setWidth("100%");
        bar.setId("addon-progress");
        bar.setWidth("100%");
        step.setId("addon-step");
        step.setWidth("100%");
        outcome.setId("addon-outcome");
        outcome.setWidth("100%");
        cancel = new Button(messages.get("marketplace.ui.cancel"), e -> {
            String job = followed;
            if (job != null) {
                context.call(() -> marketplace.cancel(context.caller(), job)).ifPresent(this::show);
            }
        });
        cancel.setId("addon-cancel");
        cancel.addStyleName(ValoTheme.BUTTON_SMALL);
        addComponents(bar, step, cancel, outcome);
        setVisible(false);
        addDetachListener(e -> polling.stop());
    }

    /** Shows {@code job} of the add-on called {@code addonName}, and runs {@code whenFinished} once it ends. */
    void follow(InstallJob job, String addonName, Runnable whenFinished) {
        followed = job.id();
        name = addonName;
        finished = whenFinished;
        setVisible(true);
        outcome.setValue("");
        outcome.removeStyleName("crm-marketplace-failed");
        outcome.removeStyleName("crm-ok");
        show(job);
        if (followed != null) {
            polling.start(UI.getCurrent(), this::read);
        }
    }

    /** Whether it is following this job now. */
    boolean follows(String jobId) {
        return jobId.equals(followed);
    }

    /** Whether a job it follows has not finished yet. */
    boolean busy() {
        return followed != null;
    }

    /** Reads the followed job again and shows it. */
    void read() {
        if (followed == null) {
            return;
        }
        InstallJob job;
        try {
            job = marketplace.job(context.caller(), followed);
        } catch (RuntimeException gone) {
            stop();
            context.showError(gone);
            return;
        }
        show(job);
    }

    private void show(InstallJob job) {
        bar.setValue(job.percent() / 100f);
        step.setValue(AddonTexts.step(job, messages));
        cancel.setVisible(job.cancellable());
        if (!job.state().finished()) {
            return;
        }
        outcome.setValue(AddonTexts.outcome(job, name, messages));
        outcome.addStyleName(job.state() == InstallJob.State.DONE ? "crm-ok" : "crm-marketplace-failed");
        if (job.state() == InstallJob.State.DONE) {
            context.showSuccess(outcome.getValue());
        }
        Runnable then = finished;
        stop();
        if (then != null) {
            then.run();
        }
    }

    private void stop() {
        followed = null;
        finished = null;
        polling.stop();
    }
}
