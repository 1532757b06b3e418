package org.peyvand.ui.kit;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ExportJob;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.ProgressBar;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Follows one export as the service writes it: the rows written of those expected, a button to stop
 * it, and its file to download once done, or why it failed. Closing the window leaves the export
 * running; it is found among the user's exports. The one window of every export, a report's or a
 * list's.
 */
public final class ExportWindow extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient ReportExports exports;
    private final transient Messages messages;
    private final ProgressBar bar = new ProgressBar(0f);
    private final Label status = new Label();
    private final Button stop;
    private final Button download;
    private final ExportDownload file;
    private final ExportPolling polling = new ExportPolling();
    private transient ExportJob job;

    private ExportWindow(UiContext context, ReportExports exports, ExportJob started) {
        super(context.messages().get("kit.export.title", started.title()));
        this.context = context;
        this.exports = exports;
        this.messages = context.messages();
        setId("report-export");
        setModal(true);
        setWidth("520px");
        addStyleName("crm-dialog");
        bar.setId("report-export-progress");
        bar.setWidth("100%");
        status.setId("report-export-status");
        status.setWidth("100%");
        stop = new Button(messages.get("kit.export.stop"), VaadinIcons.STOP);
        stop.setId("report-export-stop");
        stop.addClickListener(e -> stop());
        download = new Button(messages.get("kit.export.download"), VaadinIcons.DOWNLOAD);
        download.setId("report-export-download");
        download.addStyleName(ValoTheme.BUTTON_PRIMARY);
        file = new ExportDownload(context, exports, download);
        Button closing = new Button(messages.get("kit.export.close"), e -> close());
        closing.setId("report-export-close");
        CssLayout buttons = new CssLayout(download, stop, closing);
        buttons.addStyleName("crm-row");
        setContent(new VerticalLayout(bar, status, buttons));
        addCloseListener(e -> polling.stop());
        show(started);
    }

    /**
     * Starts exporting {@code definition} and follows it in the window.
     *
     * @throws ValidationException naming each part of the definition that cannot run, for the caller to mark
     */
    public static void start(UiContext context, ReportExports exports, ReportDefinition definition, ExportFormat format) {
        open(context, exports, exports.start(context.caller(), definition, format));
    }

    /** Follows an export already started. */
    public static void open(UiContext context, ReportExports exports, ExportJob started) {
        UI ui = UI.getCurrent();
        ExportWindow window = new ExportWindow(context, exports, started);
        ui.addWindow(window);
        if (!started.state().finished()) {
            window.polling.start(ui, window::refresh);
        }
    }

    private void refresh() {
        try {
            show(exports.job(context.caller(), job.id()));
        } catch (RuntimeException gone) {
            polling.stop();
            context.showError(gone);
        }
    }

    private void stop() {
        try {
            exports.cancel(context.caller(), job.id());
        } catch (RuntimeException refused) {
            context.showError(refused);
            return;
        }
        close();
        context.showSuccess(messages.get("kit.export.stopped"));
    }

    private void show(ExportJob current) {
        job = current;
        boolean finished = current.state().finished();
        bar.setIndeterminate(!finished && current.rowsExpected() == null);
        bar.setValue(ExportText.fraction(current));
        bar.setVisible(current.state() != ExportJob.State.FAILED && current.state() != ExportJob.State.CANCELLED);
        status.setValue(ExportText.progress(current, messages, context.format()));
        status.setStyleName("crm-field-error", current.state() == ExportJob.State.FAILED);
        stop.setVisible(!finished);
        download.setVisible(current.state() == ExportJob.State.DONE);
        if (current.state() == ExportJob.State.DONE) {
            file.show(current);
        }
        if (finished) {
            polling.stop();
        }
    }
}
