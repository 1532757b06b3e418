package org.peyvand.ui.admin.internal.forms;

import java.util.List;
import java.util.function.Consumer;

import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormService;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.BoundedReceiver;

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
    private final BoundedReceiver buffer = new BoundedReceiver(LIMIT);

    /** @param imported told the keys of the forms published */
    FormImport(UiContext context, FormService forms, Consumer<List<String>> imported) {
        this.context = context;
        this.forms = forms;
        this.imported = imported;
        setId("forms-import");
        setButtonCaption(context.messages().get("admin.form.import"));
        setAcceptMimeTypes("application/json,.json");
        buffer.attachTo(this);
        addFailedListener(e -> failed());
        addSucceededListener(e -> publish());
    }

    private void publish() {
        try {
            List<FormDefinition> published = forms.importJson(context.caller(), buffer.text());
            imported.accept(published.stream().map(FormDefinition::key).toList());
        } catch (RuntimeException e) {
            context.showError(e);
        }
    }

    private void failed() {
        boolean tooLarge = buffer.tooLarge();
        Notification.show(context.messages().get(tooLarge ? "admin.form.importTooLarge" : "admin.form.importFailed",
                context.format().number(LIMIT / (1024 * 1024))), Notification.Type.ERROR_MESSAGE);
    }
}
