package org.peyvand.ui.admin.internal.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormService;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.Notification;
import com.vaadin.ui.Upload;

/**
 * Imports forms from a JSON document another installation exported: the upload is refused
 * beyond {@value #LIMIT} bytes, then the service publishes all of its forms or none.
 */
final class FormImport extends Upload {
    private static final long serialVersionUID = 1L;
    static final int LIMIT = 4 * 1024 * 1024;

    private final transient UiContext context;
    private final transient FormService forms;
    private final transient Consumer<List<String>> imported;
    private transient Bounded buffer;
    private boolean refused;

    /** @param imported told the keys of the forms published */
    FormImport(UiContext context, FormService forms, Consumer<List<String>> imported) {
        this.context = context;
        this.forms = forms;
        this.imported = imported;
        setId("forms-import");
        setButtonCaption(context.messages().get("admin.form.import"));
        setAcceptMimeTypes("application/json,.json");
        setReceiver((fileName, mimeType) -> {
            buffer = new Bounded();
            return buffer;
        });
        // the upload starts before the receiver is asked for a stream
        addStartedListener(e -> {
            refused = e.getContentLength() > LIMIT;
            if (refused) {
                interruptUpload();
            }
        });
        addFailedListener(e -> failed());
        addSucceededListener(e -> publish());
    }

    private void publish() {
        try {
            List<FormDefinition> published = forms.importJson(context.caller(), buffer.text());
            imported.accept(published.stream().map(FormDefinition::key).toList());
        } catch (RuntimeException e) {
            context.showError(e);
        } finally {
            buffer = null;
        }
    }

    private void failed() {
        boolean tooLarge = refused || buffer != null && buffer.overflowed;
        buffer = null;
        refused = false;
        Notification.show(context.messages().get(tooLarge ? "admin.form.importTooLarge" : "admin.form.importFailed",
                context.format().number(LIMIT / (1024 * 1024))), Notification.Type.ERROR_MESSAGE);
    }

    /** Keeps at most {@value #LIMIT} bytes; a longer upload fails. */
    private static final class Bounded extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean overflowed;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            if (bytes.size() + length > LIMIT) {
                overflowed = true;
                throw new IOException("more than " + LIMIT + " bytes");
            }
            bytes.write(data, offset, length);
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
