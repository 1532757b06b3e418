package org.peyvand.ui.records.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordImport;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Grids;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;

/**
 * Uploads a CSV file of records and imports it; afterwards lists every rejected row with the
 * field and the reason. Valid rows land even when others fail.
 */
final class RecordImportDialog extends Window {
    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private record RowProblem(int row, String field, String reason) {
    }

    private final transient UiContext context;
    private final transient RecordServices services;
    private final transient FormDefinition form;
    private final VerticalLayout content = new VerticalLayout();
    private final Label status = new Label();

    static Button button(UiContext context, RecordServices services, FormDefinition form, Runnable done) {
        Button button = new Button(context.messages().get("ui.action.import"), VaadinIcons.UPLOAD);
        button.setId("list-import");
        button.addClickListener(e -> {
            RecordImportDialog dialog = new RecordImportDialog(context, services, form);
            dialog.addCloseListener(c -> done.run());
            UI.getCurrent().addWindow(dialog);
        });
        return button;
    }

    private RecordImportDialog(UiContext context, RecordServices services, FormDefinition form) {
        super(context.messages().get("ui.action.import"));
        this.context = context;
        this.services = services;
        this.form = form;
        setId("import-dialog");
        setModal(true);
        setWidth("720px");
        addStyleName("crm-dialog");
        Messages messages = context.messages();
        Label help = new Label(messages.get("records.import.help"));
        help.setWidth("100%");
        BoundedReceiver receiver = new BoundedReceiver();
        Upload upload = new Upload(null, receiver);
        upload.setId("import-upload");
        upload.setButtonCaption(messages.get("records.import.choose"));
        upload.setImmediateMode(true);
        upload.setAcceptMimeTypes(".csv,text/csv,text/plain");
        upload.addStartedListener(e -> {
            if (e.getContentLength() > MAX_BYTES) {
                upload.interruptUpload();
            }
        });
        upload.addSucceededListener(e -> {
            if (receiver.overflowed()) {
                status.setValue(messages.get("core.error.tooLarge", MAX_BYTES));
                return;
            }
            run(receiver.bytes());
        });
        upload.addFailedListener(e -> status.setValue(messages.get("core.error.tooLarge", MAX_BYTES)));
        status.setId("import-status");
        status.setWidth("100%");
        content.addComponents(help, upload, status);
        setContent(content);
    }

    private void run(byte[] csv) {
        try {
            report(services.records().importCsv(context.caller(), form.key(), csv));
        } catch (RuntimeException failure) {
            status.setValue("");
            context.showError(failure);
        }
    }

    private void report(RecordImport result) {
        Messages messages = context.messages();
        int failed = result.total() - result.imported();
        status.setValue(messages.get("records.import.summary", context.format().number(result.total()),
                context.format().number(result.imported()), context.format().number(failed)));
        status.setStyleName(failed == 0 ? "crm-ok" : "crm-field-error");
        // a second file replaces the first one's errors
        List<Component> earlier = new ArrayList<>();
        content.forEach(c -> {
            if (c instanceof Grid<?>) {
                earlier.add(c);
            }
        });
        earlier.forEach(content::removeComponent);
        List<RowProblem> problems = new ArrayList<>();
        String language = messages.locale().getLanguage();
        for (RecordImport.RowError row : result.errors()) {
            for (FieldError error : row.fieldErrors()) {
                String field = form.field(error.field()).map(FieldDefinition::label).map(l -> l.in(language)).orElse(error.field());
                problems.add(new RowProblem(row.row(), field, messages.get(error.messageKey(), error.args().toArray())));
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        Grid<RowProblem> grid = new Grid<>();
        grid.setId("import-errors");
        grid.addColumn(p -> context.format().number(p.row())).setCaption(messages.get("records.import.row")).setWidth(90);
        grid.addColumn(RowProblem::field).setCaption(messages.get("records.import.field"));
        grid.addColumn(RowProblem::reason).setCaption(messages.get("records.import.reason"));
        grid.setItems(problems);
        grid.setWidth("100%");
        grid.setHeightByRows(Math.min(problems.size(), 10));
        Grids.orderColumns(grid, context.rightToLeft());
        content.addComponent(grid);
    }

    /** Keeps an upload in memory up to the bound, then stops storing it. */
    private static final class BoundedReceiver implements Upload.Receiver {
        private static final long serialVersionUID = 1L;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private boolean overflowed;

        @Override
        public OutputStream receiveUpload(String filename, String mimeType) {
            buffer.reset();
            overflowed = false;
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (buffer.size() + len > MAX_BYTES) {
                        overflowed = true;
                        throw new IOException("upload larger than " + MAX_BYTES + " bytes");
                    }
                    buffer.write(b, off, len);
                }
            };
        }

        boolean overflowed() {
            return overflowed;
        }

        byte[] bytes() {
            return buffer.toByteArray();
        }
    }
}
