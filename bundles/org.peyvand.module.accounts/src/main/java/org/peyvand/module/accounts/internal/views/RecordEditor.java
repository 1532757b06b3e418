package org.peyvand.module.accounts.internal.views;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.peyvand.module.accounts.DuplicateWarningException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.DeleteQuestion;
import org.peyvand.ui.kit.RecordTabs;
import org.peyvand.ui.kit.RenderedForm;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The editor window of a record: the form with the record type's custom fields, save with the
 * service's field errors shown on the fields, the duplicate warning the user may overrule, and
 * delete after a confirmation.
 */
abstract class RecordEditor extends Window {
    private static final long serialVersionUID = 1L;

    protected final transient UiContext context;
    private final transient Runnable saved;
    private final boolean existing;
    private final FormDefinition customForm;
    private final Label problems = new Label();
    private RenderedForm form;

    /** @param customForm the record type's form, for its custom fields; {@code null} when it has none */
    RecordEditor(UiContext context, String titleKey, Runnable saved, boolean existing, FormDefinition customForm) {
        super(context.messages().get(titleKey));
        this.context = context;
        this.saved = saved;
        this.existing = existing;
        this.customForm = customForm;
        setModal(true);
        // wide enough for the tabs every installed module adds to a stored record (ten or more) to show at once on a laptop
        setWidth("960px");
        addStyleName("crm-dialog");
        addCloseListener(e -> saved.run());
    }

    /**
     * @param record the stored record; {@code null} for a new one
     * @param history its History tab; {@code null} for a new record
     */
    protected void show(RenderedForm renderedForm, RecordRef record, Component history) {
        this.form = renderedForm;
        Messages messages = context.messages();
        problems.addStyleName("crm-field-error");
        problems.setWidth("100%");
        problems.setVisible(false);
        Button save = new Button(messages.get("ui.action.save"), e -> attempt(false));
        save.setId("editor-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        save.setClickShortcut(KeyCode.ENTER);
        Button cancel = new Button(messages.get("ui.action.cancel"), e -> close());
        cancel.setId("editor-cancel");
        CssLayout buttons = new CssLayout(save, cancel);
        buttons.addStyleName("crm-row");
        if (existing) {
            Button delete = new Button(messages.get("ui.action.delete"), e -> confirmDelete());
            delete.setId("editor-delete");
            delete.addStyleName(ValoTheme.BUTTON_DANGER);
            buttons.addComponent(delete);
        }
        VerticalLayout body = new VerticalLayout(form.layout(), problems);
        body.setWidth("100%");
        if (record != null) {
            body = new VerticalLayout(RecordTabs.of(context, body, history, record));
            body.setMargin(false);
            body.setWidth("100%");
        }
        if (getHeight() < 0) {
            body.addComponent(buttons);
            setContent(body);
            return;
        }
        // a tall form scrolls between the title and the buttons, which stay in sight
        body.setMargin(false);
        Panel scroll = new Panel(body);
        scroll.setSizeFull();
        scroll.addStyleName(ValoTheme.PANEL_BORDERLESS);
        VerticalLayout content = new VerticalLayout(scroll, buttons);
        content.setSizeFull();
        content.setExpandRatio(scroll, 1);
        setContent(content);
    }

    /**
     * Stores the form's values; throws the service's failures.
     *
     * @param custom the custom field values the user may change, for the input's {@code custom}
     */
    protected abstract void save(Map<String, Object> values, Map<String, Object> custom, boolean confirmDuplicates);

    /** Deletes the stored record with its links, which the user was shown and confirmed. */
    protected abstract void delete();

    /** What the installed modules keep about the stored record and remove with it. */
    protected abstract List<RecordLinkCount> links();

    /** The record's name, for the delete question. */
    protected abstract String describe();

    /** The i18n key of a field's label, for messages that name the field. */
    protected abstract String labelKey(String field);

    /** A field's label in the user's language: the module's own text, or a custom field's label. */
    protected String fieldLabel(String field) {
        return customForm == null ? context.messages().get(labelKey(field))
                : customForm.field(field).filter(FieldDefinition::custom)
                        .map(f -> f.label().in(context.messages().locale().getLanguage()))
                        .orElseGet(() -> context.messages().get(labelKey(field)));
    }

    private void attempt(boolean confirmDuplicates) {
        Messages messages = context.messages();
        if (form.invalidInput().isPresent()) {
            showProblems(List.of(form.invalidInput().get() + ": " + messages.get("core.error.invalidDate")));
            return;
        }
        try {
            save(form.values(), form.customValues(), confirmDuplicates);
            context.showSuccess(messages.get("ui.saved"));
            close();
        } catch (DuplicateWarningException duplicates) {
            String list = duplicates.matches().stream()
                    .map(m -> messages.get("accounts.duplicate.line", fieldLabel(m.field()), m.name(), m.id()))
                    .collect(Collectors.joining("\n"));
            ConfirmDialog.ask(messages.get("accounts.error.possibleDuplicates"), list, messages.get("ui.action.saveAnyway"),
                    messages.get("ui.action.cancel"), false, () -> attempt(true));
        } catch (ValidationException invalid) {
            showProblems(form.showErrors(invalid.fieldErrors()));
        } catch (ConflictException conflict) {
            List<String> elsewhere = form.showErrors(conflict.fieldErrors());
            showProblems(conflict.fieldErrors().isEmpty() ? List.of(messages.describe(conflict)) : elsewhere);
        } catch (RuntimeException failure) {
            context.showError(failure);
        }
    }

    private void showProblems(List<String> lines) {
        problems.setValue(String.join("\n", lines));
        problems.setContentMode(com.vaadin.shared.ui.ContentMode.PREFORMATTED);
        problems.setVisible(!lines.isEmpty());
    }

    private void confirmDelete() {
        Messages messages = context.messages();
        List<RecordLinkCount> links;
        try {
            links = links();
        } catch (RuntimeException failure) {
            context.showError(failure);
            return;
        }
        ConfirmDialog.ask(messages.get("ui.confirm.deleteTitle"), DeleteQuestion.of(messages, messages.get("accounts.confirm.delete", describe()), links),
                messages.get("ui.action.delete"), messages.get("ui.action.cancel"), true, () -> {
                    try {
                        delete();
                        context.showSuccess(messages.get("ui.deleted"));
                        close();
                    } catch (RuntimeException failure) {
                        context.showError(failure);
                    }
                });
    }
}
