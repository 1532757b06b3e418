package org.peyvand.ui.records.internal;

import java.util.List;

import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordActions;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.DeleteQuestion;
import org.peyvand.ui.kit.RecordHistory;
import org.peyvand.ui.kit.RecordTabs;
import org.peyvand.ui.kit.RenderedForm;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * One record of a designed type in the form its designer laid out: save with the service's
 * objections shown on the fields, delete after a question, and the record's history. Saving and
 * deleting are offered to those who may; a stored record also shows the tabs other bundles add,
 * such as its referrals.
 */
final class RecordEditor extends Window {
    private static final long serialVersionUID = 1L;
    /** Fields a window shows without scrolling on a laptop's screen. */
    private static final int FIELDS_THAT_FIT = 8;

    private final transient UiContext context;
    private final transient RecordServices services;
    private final transient FormDefinition definition;
    private final transient CustomRecord record;
    private final RenderedForm form;
    private final Label problems = new Label();

    /** @param record {@code null} for a new one */
    RecordEditor(UiContext context, RecordServices services, FormDefinition definition, CustomRecord record, Runnable saved) {
        this.context = context;
        this.services = services;
        this.definition = definition;
        this.record = record;
        Messages messages = context.messages();
        String type = definition.key();
        String typeName = definition.label().in(messages.locale().getLanguage());
        setCaption(messages.get(record == null ? "records.new" : "records.edit", typeName));
        setId("record-editor");
        setModal(true);
        setWidth("640px");
        addStyleName("crm-dialog");
        addCloseListener(e -> saved.run());

        form = services.renderer(context, definition).form(definition).render();
        if (record != null) {
            form.setValues(record.values());
        }
        form.restrict(services.fields(context, type));

        problems.addStyleName("crm-field-error");
        problems.setWidth("100%");
        problems.setContentMode(ContentMode.PREFORMATTED);
        problems.setVisible(false);
        CssLayout buttons = new CssLayout();
        buttons.addStyleName("crm-row");
        if (services.allows(context, type, record == null ? RecordActions.CREATE : RecordActions.UPDATE)) {
            Button save = new Button(messages.get("ui.action.save"), e -> save());
            save.setId("editor-save");
            save.addStyleName(ValoTheme.BUTTON_PRIMARY);
            save.setClickShortcut(KeyCode.ENTER);
            buttons.addComponent(save);
        }
        Button cancel = new Button(messages.get(buttons.getComponentCount() == 0 ? "ui.action.close" : "ui.action.cancel"), e -> close());
        cancel.setId("editor-cancel");
        buttons.addComponent(cancel);
        if (record != null && services.allows(context, type, RecordActions.DELETE)) {
            Button delete = new Button(messages.get("ui.action.delete"), e -> confirmDelete());
            delete.setId("editor-delete");
            delete.addStyleName(ValoTheme.BUTTON_DANGER);
            buttons.addComponent(delete);
        }

        VerticalLayout body = new VerticalLayout(form.layout(), problems);
        body.setWidth("100%");
        if (record != null) {
            RecordRef ref = new RecordRef(type, String.valueOf(record.id()), RecordColumns.name(definition, record, messages, context.format()));
            body = new VerticalLayout(RecordTabs.of(context, body,
                    RecordHistory.of(context, services.audit(), type, record.id(), this::fieldLabel), ref));
            body.setMargin(false);
            body.setWidth("100%");
        }
        if (definition.activeFields().size() <= FIELDS_THAT_FIT) {
            body.addComponent(buttons);
            setContent(body);
            return;
        }
        // a long form scrolls between the title and the buttons, which stay in sight
        setHeight("90%");
        body.setMargin(false);
        Panel scroll = new Panel(body);
        scroll.setSizeFull();
        scroll.addStyleName(ValoTheme.PANEL_BORDERLESS);
        VerticalLayout content = new VerticalLayout(scroll, buttons);
        content.setSizeFull();
        content.setExpandRatio(scroll, 1);
        setContent(content);
    }

    private void save() {
        Messages messages = context.messages();
        if (form.invalidInput().isPresent()) {
            showProblems(List.of(form.invalidInput().get() + ": " + messages.get("core.error.invalidDate")));
            return;
        }
        try {
            if (record == null) {
                services.records().create(context.caller(), definition.key(), form.customValues());
            } else {
                services.records().update(context.caller(), definition.key(), record.id(), form.customValues(), record.version());
            }
            context.showSuccess(messages.get("ui.saved"));
            close();
        } catch (ValidationException invalid) {
            showProblems(form.showErrors(invalid.fieldErrors()));
        } catch (ConflictException conflict) {
            List<String> elsewhere = form.showErrors(conflict.fieldErrors());
            showProblems(conflict.fieldErrors().isEmpty() ? List.of(messages.describe(conflict)) : elsewhere);
        } catch (RuntimeException failure) {
            context.showError(failure);
        }
    }

    private void confirmDelete() {
        Messages messages = context.messages();
        String name = RecordColumns.name(definition, record, messages, context.format());
        List<RecordLinkCount> links;
        try {
            links = services.links().linksTo(context.caller(), definition.key(), record.id());
        } catch (RuntimeException failure) {
            context.showError(failure);
            return;
        }
        ConfirmDialog.ask(messages.get("ui.confirm.deleteTitle"), DeleteQuestion.of(messages, messages.get("records.confirmDelete", name), links),
                messages.get("ui.action.delete"), messages.get("ui.action.cancel"), true, () -> {
                    try {
                        services.records().delete(context.caller(), definition.key(), record.id(), true);
                        context.showSuccess(messages.get("ui.deleted"));
                        close();
                    } catch (RuntimeException failure) {
                        context.showError(failure);
                    }
                });
    }

    private void showProblems(List<String> lines) {
        problems.setValue(String.join("\n", lines));
        problems.setVisible(!lines.isEmpty());
    }

    private String fieldLabel(String field) {
        return definition.field(field).map(FieldDefinition::label).map(l -> l.in(context.messages().locale().getLanguage()))
                .orElse(field);
    }
}
