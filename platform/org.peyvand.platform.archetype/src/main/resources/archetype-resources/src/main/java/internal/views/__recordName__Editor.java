package ${package}.internal.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ${package}.${recordName};
import ${package}.${recordName}Input;
import ${package}.${recordName}Service;
import ${package}.internal.Permissions;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.FormRenderer;
import org.peyvand.ui.kit.RenderedForm;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The form of one record, new or stored, with the custom fields administrators added: save shows
 * the service's field errors on the fields, delete asks first.
 */
final class ${recordName}Editor extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient ${recordName}Service service;
    private final ${recordName} row;
    private final RenderedForm form;
    private final Label problems = new Label();

    ${recordName}Editor(UiContext context, ${recordName}Service service, CustomFields custom, ${recordName} row, Runnable closed) {
        super(context.messages().get(row == null ? "${moduleId}.new" : "${moduleId}.edit"));
        this.context = context;
        this.service = service;
        this.row = row;
        setId("${moduleId}-editor");
        setModal(true);
        setWidth("640px");
        addStyleName("crm-dialog");
        addCloseListener(e -> closed.run());

        FormRenderer renderer = new FormRenderer(context.messages(), context.format())
                .text("name", "${moduleId}.field.name", true, 200)
                .longText("notes", "${moduleId}.field.notes", false, 2000);
        custom.form(Permissions.TYPE).ifPresent(renderer::customFields);
        form = renderer.render();
        if (row != null) {
            Map<String, Object> values = new HashMap<>(row.custom());
            values.put("name", row.name());
            values.put("notes", row.notes());
            form.setValues(values);
        }
        setContent(body());
    }

    private VerticalLayout body() {
        Messages messages = context.messages();
        problems.addStyleName("crm-field-error");
        problems.setContentMode(ContentMode.PREFORMATTED);
        problems.setVisible(false);
        Button save = new Button(messages.get("ui.action.save"), e -> save());
        save.setId("editor-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        save.setClickShortcut(KeyCode.ENTER);
        Button cancel = new Button(messages.get("ui.action.cancel"), e -> close());
        cancel.setId("editor-cancel");
        CssLayout buttons = new CssLayout(save, cancel);
        buttons.addStyleName("crm-row");
        if (row != null) {
            Button delete = new Button(messages.get("ui.action.delete"), e -> confirmDelete());
            delete.setId("editor-delete");
            delete.addStyleName(ValoTheme.BUTTON_DANGER);
            buttons.addComponent(delete);
        }
        VerticalLayout body = new VerticalLayout(form.layout(), problems, buttons);
        body.setWidth("100%");
        return body;
    }

    private void save() {
        if (form.invalidInput().isPresent()) {
            showProblems(List.of(form.invalidInput().get() + ": " + context.messages().get("core.error.invalidDate")));
            return;
        }
        Map<String, Object> values = form.values();
        ${recordName}Input input = new ${recordName}Input((String) values.get("name"), (String) values.get("notes"), form.customValues());
        try {
            if (row == null) {
                service.create(context.caller(), input);
            } else {
                service.update(context.caller(), row.id(), input, row.version());
            }
            context.showSuccess(context.messages().get("ui.saved"));
            close();
        } catch (ValidationException invalid) {
            showProblems(form.showErrors(invalid.fieldErrors()));
        } catch (RuntimeException failure) {
            context.showError(failure);
        }
    }

    private void showProblems(List<String> lines) {
        problems.setValue(String.join("\n", lines));
        problems.setVisible(!lines.isEmpty());
    }

    private void confirmDelete() {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("ui.confirm.deleteTitle"), messages.get("${moduleId}.confirm.delete") + " " + row.name(),
                messages.get("ui.action.delete"), messages.get("ui.action.cancel"), true, () -> {
                    try {
                        service.delete(context.caller(), row.id());
                        context.showSuccess(messages.get("ui.deleted"));
                        close();
                    } catch (RuntimeException failure) {
                        context.showError(failure);
                    }
                });
    }
}
