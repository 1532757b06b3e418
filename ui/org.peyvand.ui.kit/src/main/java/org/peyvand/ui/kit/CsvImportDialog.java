package org.peyvand.ui.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.ProgressBar;
import com.vaadin.ui.UI;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;

/**
 * Uploads a CSV file and imports it in the background with a progress bar and a cancel button;
 * afterwards lists every rejected row with the field and the reason. Valid rows land even when
 * others fail. Every list screen that imports uses this dialog.
 */
public final class CsvImportDialog extends Window {
    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int POLL_MILLIS = 400;

    /** What an import did: one error entry per rejected row. */
    public record Outcome(int total, int imported, boolean cancelled, List<RowError> errors) {
        public record RowError(int row, List<FieldError> fieldErrors) {
        }

        public Outcome {
            errors = List.copyOf(errors);
        }
    }

    /** Runs the import of one file. */
    @FunctionalInterface
    public interface Importer {
        Outcome run(byte[] csv, Progress progress);
    }

    private record RowProblem(int row, String field, String reason) {
    }

    private final transient UiContext context;
    private final transient Importer importer;
    private final transient Function<String, String> fieldLabel;
    private final VerticalLayout content = new VerticalLayout();
    private final ProgressBar progress = new ProgressBar(0f);
    private final Label status = new Label();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** @param fieldLabel a field's label in the user's language, for the list of rejected rows */
    public static Button button(UiContext context, Importer importer, Function<String, String> fieldLabel, Runnable done) {
        Button button = new Button(context.messages().get("ui.action.import"), VaadinIcons.UPLOAD);
        button.setId("list-import");
        button.addClickListener(e -> {
            CsvImportDialog dialog = new CsvImportDialog(context, importer, fieldLabel);
            dialog.addCloseListener(c -> done.run());
            UI.getCurrent().addWindow(dialog);
        });
        return button;
    }

    private CsvImportDialog(UiContext context, Importer importer, Function<String, String> fieldLabel) {
        super(context.messages().get("ui.action.import"));
        this.context = context;
        this.importer = importer;
        this.fieldLabel = fieldLabel;
        setId("import-dialog");
        setModal(true);
        setWidth("720px");
        addStyleName("crm-dialog");
        Messages messages = context.messages();
        Label help = new Label(messages.get("kit.import.help"));
        help.setWidth("100%");
        Upload upload = new Upload();
        BoundedReceiver receiver = new BoundedReceiver(MAX_BYTES).attachTo(upload);
        upload.setId("import-upload");
        upload.setButtonCaption(messages.get("kit.import.choose"));
        upload.setImmediateMode(true);
        upload.setAcceptMimeTypes(".csv,text/csv,text/plain");
        upload.addSucceededListener(e -> {
            if (receiver.tooLarge()) {
                status.setValue(messages.get("core.error.tooLarge", MAX_BYTES));
                return;
            }
            upload.setVisible(false);
            start(receiver.bytes());
        });
        upload.addFailedListener(e -> status.setValue(messages.get("core.error.tooLarge", MAX_BYTES)));
        progress.setWidth("100%");
        progress.setVisible(false);
        status.setId("import-status");
        status.setWidth("100%");
        content.addComponents(help, upload, progress, status);
        setContent(content);
    }

    private void start(byte[] csv) {
        Messages messages = context.messages();
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        status.setValue(messages.get("kit.import.running"));
        Button cancel = new Button(messages.get("ui.action.cancel"), e -> cancelled.set(true));
        cancel.setId("import-cancel");
        content.addComponent(cancel);
        ui.setPollInterval(POLL_MILLIS);
        Thread worker = new Thread(() -> {
            Outcome outcome = null;
            RuntimeException failure = null;
            try {
                outcome = importer.run(csv, new Progress() {
                    @Override
                    public void progress(int done, int total) {
                        ui.access(() -> {
                            progress.setValue(total == 0 ? 0f : (float) done / total);
                            status.setValue(messages.get("kit.import.progress", context.format().number(done), context.format().number(total)));
                        });
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelled.get();
                    }
                });
            } catch (RuntimeException e) {
                failure = e;
            }
            Outcome finished = outcome;
            RuntimeException failed = failure;
            ui.access(() -> {
                ui.setPollInterval(-1);
                content.removeComponent(cancel);
                progress.setVisible(false);
                if (failed != null) {
                    status.setValue("");
                    context.showError(failed);
                } else {
                    report(finished);
                }
            });
        }, "crm-csv-import");
        worker.setDaemon(true);
        worker.start();
    }

    private void report(Outcome outcome) {
        Messages messages = context.messages();
        String summary = messages.get("kit.import.summary", context.format().number(outcome.total()),
                context.format().number(outcome.imported()), context.format().number(outcome.errors().size()));
        status.setValue(outcome.cancelled() ? summary + " " + messages.get("kit.import.cancelled") : summary);
        status.addStyleName(outcome.errors().isEmpty() ? "crm-ok" : "crm-field-error");
        if (outcome.errors().isEmpty()) {
            return;
        }
        List<RowProblem> problems = new ArrayList<>();
        for (Outcome.RowError row : outcome.errors()) {
            for (FieldError error : row.fieldErrors()) {
                problems.add(new RowProblem(row.row(), fieldLabel.apply(error.field()), messages.get(error.messageKey(), error.args().toArray())));
            }
        }
        Grid<RowProblem> grid = new Grid<>();
        grid.setId("import-errors");
        grid.addColumn(p -> context.format().number(p.row())).setCaption(messages.get("kit.import.row")).setWidth(90);
        grid.addColumn(RowProblem::field).setCaption(messages.get("kit.import.field"));
        grid.addColumn(RowProblem::reason).setCaption(messages.get("kit.import.reason"));
        grid.setItems(problems);
        grid.setWidth("100%");
        grid.setHeightByRows(Math.min(Math.max(problems.size(), 1), 10));
        Grids.orderColumns(grid, context.rightToLeft());
        content.addComponent(grid);
    }
}
