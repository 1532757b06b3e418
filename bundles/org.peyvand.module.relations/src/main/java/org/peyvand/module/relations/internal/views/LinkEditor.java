package org.peyvand.module.relations.internal.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.peyvand.module.relations.LinkInput;
import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.RelationService;
import org.peyvand.module.relations.RelationType;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.CrmDateField;
import org.peyvand.ui.kit.LookupBox;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.RecordLookupOptions;

import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A new link from or to the record on screen. Each type is offered both ways, by its name (the
 * record is the source) and by its inverse name (the record is the target), among the types that
 * join the record's kind; the other record is picked by name. Errors of the service show by field.
 */
final class LinkEditor extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient RelationService relations;
    private final RecordKey record;
    private final ComboBox<Choice> type;
    private final ComboBox<RecordKind> otherKind;
    private final ComboBox<Option> otherAccount;
    private final ComboBox<Option> otherContact;
    private final CrmDateField start;
    private final CrmDateField end;
    private final TextArea notes;
    private final Label problems = new Label();

    /** A type read one way: {@code outgoing} when the record on screen is the link's source. */
    private record Choice(RelationType type, boolean outgoing, String label) {
    }

    LinkEditor(UiContext context, RelationService relations, RecordLookups lookups, RecordKey record, Runnable closed) {
        super(context.messages().get("relations.new"));
        this.context = context;
        this.relations = relations;
        this.record = record;
        Messages messages = context.messages();
        setId("relation-editor");
        setModal(true);
        setWidth("560px");
        addStyleName("crm-dialog");
        addCloseListener(e -> closed.run());

        type = new ComboBox<>(messages.get("relations.field.typeId"), choices());
        type.setId("relation-type");
        type.setItemCaptionGenerator(Choice::label);
        type.setRequiredIndicatorVisible(true);
        type.setWidth("100%");
        otherKind = new ComboBox<>(messages.get("relations.field.toKind"), List.of(RecordKind.values()));
        otherKind.setId("relation-other-kind");
        otherKind.setItemCaptionGenerator(k -> messages.get("relations.kind." + k.code()));
        otherKind.setEmptySelectionAllowed(false);
        otherKind.setValue(RecordKind.ACCOUNT);
        otherAccount = other(lookups, RecordKind.ACCOUNT, "relation-other-account");
        otherContact = other(lookups, RecordKind.CONTACT, "relation-other-contact");
        otherContact.setVisible(false);
        otherKind.addValueChangeListener(e -> {
            otherAccount.setVisible(e.getValue() == RecordKind.ACCOUNT);
            otherContact.setVisible(e.getValue() == RecordKind.CONTACT);
        });
        type.addValueChangeListener(e -> {
            // a type that joins one kind only at the other end picks that kind
            if (e.getValue() != null) {
                RecordKind only = e.getValue().outgoing() ? e.getValue().type().toKind() : e.getValue().type().fromKind();
                if (only != null) {
                    otherKind.setValue(only);
                }
            }
        });
        start = new CrmDateField(messages.get("relations.field.startDate"), context.format(), messages.get("core.error.invalidDate"));
        start.setId("relation-start");
        end = new CrmDateField(messages.get("relations.field.endDate"), context.format(), messages.get("core.error.invalidDate"));
        end.setId("relation-end");
        notes = new TextArea(messages.get("relations.field.notes"));
        notes.setId("relation-notes");
        notes.setMaxLength(2000);
        notes.setWidth("100%");
        notes.setRows(3);

        problems.setId("relation-problems");
        problems.addStyleName("crm-field-error");
        problems.setContentMode(ContentMode.PREFORMATTED);
        problems.setVisible(false);
        Button save = new Button(messages.get("ui.action.save"), e -> save());
        save.setId("editor-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(messages.get("ui.action.cancel"), e -> close());
        cancel.setId("editor-cancel");
        CssLayout buttons = new CssLayout(save, cancel);
        buttons.addStyleName("crm-row");
        FormLayout form = new FormLayout(type, otherKind, otherAccount, otherContact, start, end, notes);
        form.setWidth("100%");
        VerticalLayout body = new VerticalLayout(form, problems, buttons);
        body.setWidth("100%");
        setContent(body);
    }

    private List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        for (RelationType relationType : relations.types(context.caller())) {
            if (relationType.allowsFrom(record.kind())) {
                choices.add(new Choice(relationType, true, relationType.name(context.caller().locale(), false)));
            }
            if (relationType.allowsTo(record.kind()) && !relationType.name(context.caller().locale(), true)
                    .equals(relationType.name(context.caller().locale(), false))) {
                choices.add(new Choice(relationType, false, relationType.name(context.caller().locale(), true)));
            }
        }
        return choices;
    }

    private ComboBox<Option> other(RecordLookups lookups, RecordKind kind, String id) {
        ComboBox<Option> box = LookupBox.of(context.messages().get("relations.field.other"),
                new RecordLookupOptions(context.caller(), lookups, kind.recordType()), false);
        box.setId(id);
        box.setWidth("100%");
        box.setRequiredIndicatorVisible(true);
        return box;
    }

    private void save() {
        if (!start.isInputValid() || !end.isInputValid()) {
            showProblems(List.of(context.messages().get("core.error.invalidDate")));
            return;
        }
        Choice choice = type.getValue();
        RecordKind kind = otherKind.getValue();
        Option picked = (kind == RecordKind.CONTACT ? otherContact : otherAccount).getValue();
        Long otherId = picked == null ? null : (Long) picked.value();
        boolean outgoing = choice == null || choice.outgoing();
        LocalDate from = start.getValue();
        LocalDate until = end.getValue();
        LinkInput input = outgoing
                ? new LinkInput(choice == null ? null : choice.type().id(), record.kind(), record.id(), kind, otherId, from, until, notes.getValue())
                : new LinkInput(choice.type().id(), kind, otherId, record.kind(), record.id(), from, until, notes.getValue());
        try {
            relations.create(context.caller(), input);
            context.showSuccess(context.messages().get("ui.saved"));
            close();
        } catch (ValidationException invalid) {
            showProblems(lines(invalid.fieldErrors(), outgoing));
        } catch (ConflictException conflict) {
            showProblems(lines(conflict.fieldErrors(), outgoing));
        } catch (RuntimeException failure) {
            context.showError(failure);
        }
    }

    /** Each error under the label of the field on this form: the other record is the target or the source, as chosen. */
    private List<String> lines(List<FieldError> errors, boolean outgoing) {
        Messages messages = context.messages();
        return errors.stream().map(error -> {
            String field = error.field();
            String label;
            if (field.equals(outgoing ? "toId" : "fromId")) {
                label = messages.get("relations.field.other");
            } else if (field.equals(outgoing ? "toKind" : "fromKind")) {
                label = messages.get("relations.field.toKind");
            } else if (field.equals("fromId") || field.equals("toId") || field.equals("fromKind") || field.equals("toKind")) {
                label = messages.get("relations.field.record");
            } else {
                label = messages.get("relations.field." + field);
            }
            return label + ": " + messages.get(error.messageKey(), error.args().toArray());
        }).toList();
    }

    private void showProblems(List<String> lines) {
        problems.setValue(String.join("\n", lines));
        problems.setVisible(!lines.isEmpty());
    }
}
