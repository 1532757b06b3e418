package org.peyvand.module.visits.internal.views;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peyvand.module.visits.Visit;
import org.peyvand.module.visits.VisitInput;
import org.peyvand.module.visits.VisitService;
import org.peyvand.module.visits.internal.Permissions;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.FormRenderer;
import org.peyvand.ui.kit.RecordLookupOptions;
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
 * The form of one visit, new or stored, with the custom fields administrators added: the date in the
 * user's calendar (Jalali for Persian users), the account and the visitor picked by name. Save shows
 * the service's field errors on the fields, delete asks first.
 */
final class VisitEditor extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient VisitService service;
    private final Visit row;
    private final RenderedForm form;
    private final Label problems = new Label();

    VisitEditor(UiContext context, VisitService service, CustomFields custom, RecordLookups lookups, Visit row, Runnable closed) {
        super(context.messages().get(row == null ? "visits.new" : "visits.edit"));
        this.context = context;
        this.service = service;
        this.row = row;
        setId("visit-editor");
        setModal(true);
        setWidth("640px");
        addStyleName("crm-dialog");
        addCloseListener(e -> closed.run());

        FormRenderer renderer = new FormRenderer(context.messages(), context.format())
                .date("visitDate", "visits.field.visitDate", true)
                .lookup("accountId", "visits.field.accountId", true, new RecordLookupOptions(context.caller(), lookups, Permissions.ACCOUNT))
                .lookup("visitor", "visits.field.visitor", false, new RecordLookupOptions(context.caller(), lookups, RecordLookups.USERS))
                .text("purpose", "visits.field.purpose", true, 200)
                .longText("outcome", "visits.field.outcome", false, 2000);
        custom.form(Permissions.TYPE).ifPresent(renderer::customFields);
        form = renderer.render();
        if (row != null) {
            Map<String, Object> values = new HashMap<>(row.custom());
            values.put("visitDate", row.visitDate());
            values.put("accountId", row.accountId());
            values.put("visitor", row.visitor());
            values.put("purpose", row.purpose());
            values.put("outcome", row.outcome());
            form.setValues(values);
        } else {
            form.setValues(Map.of("visitDate", LocalDate.now(ZoneId.of("Asia/Tehran")), "visitor", context.caller().username()));
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
        VisitInput input = new VisitInput((LocalDate) values.get("visitDate"), (Long) values.get("accountId"), (String) values.get("visitor"),
                (String) values.get("purpose"), (String) values.get("outcome"), form.customValues());
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
        ConfirmDialog.ask(messages.get("ui.confirm.deleteTitle"), messages.get("visits.confirm.delete") + " " + row.purpose(),
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
