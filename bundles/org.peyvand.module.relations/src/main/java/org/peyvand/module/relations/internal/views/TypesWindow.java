package org.peyvand.module.relations.internal.views;

import java.util.List;

import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.RelationService;
import org.peyvand.module.relations.RelationType;
import org.peyvand.module.relations.RelationTypeInput;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The relationship types, for administrators: the built-in ones and their own, a form to add one
 * (code, names both ways in Persian and English, the kinds each end joins, hierarchy) and delete for
 * their own types no link uses.
 */
final class TypesWindow extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient RelationService relations;
    private final Grid<RelationType> grid = new Grid<>();
    private final TextField code;
    private final TextField nameFa;
    private final TextField nameEn;
    private final TextField inverseFa;
    private final TextField inverseEn;
    private final ComboBox<String> fromKind;
    private final ComboBox<String> toKind;
    private final CheckBox hierarchical;
    private final Label problems = new Label();

    TypesWindow(UiContext context, RelationService relations) {
        super(context.messages().get("relations.types"));
        this.context = context;
        this.relations = relations;
        Messages messages = context.messages();
        setId("relation-types");
        setModal(true);
        setWidth("760px");
        addStyleName("crm-dialog");

        grid.setId("relation-types-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(6);
        grid.addColumn(RelationType::code).setCaption(messages.get("relations.field.code"));
        grid.addColumn(t -> t.name(context.caller().locale(), false)).setCaption(messages.get("relations.field.typeId"));
        grid.addColumn(t -> t.name(context.caller().locale(), true)).setCaption(messages.get("relations.field.inverse"));
        grid.addColumn(t -> kindLabel(t.fromKind()) + (context.rightToLeft() ? " ← " : " → ") + kindLabel(t.toKind())).setCaption(messages.get("relations.field.kinds"));
        grid.addColumn(t -> t.hierarchical() ? "✓" : "").setCaption(messages.get("relations.field.hierarchical"));
        grid.addColumn(t -> t.builtIn() ? "✓" : "").setCaption(messages.get("relations.field.builtIn"));

        code = field("relations.field.code", "relation-type-code", 40);
        nameFa = field("relations.field.nameFa", "relation-type-name-fa", 100);
        nameEn = field("relations.field.nameEn", "relation-type-name-en", 100);
        inverseFa = field("relations.field.inverseFa", "relation-type-inverse-fa", 100);
        inverseEn = field("relations.field.inverseEn", "relation-type-inverse-en", 100);
        fromKind = kinds("relations.field.fromKind", "relation-type-from");
        toKind = kinds("relations.field.toKind", "relation-type-to");
        hierarchical = new CheckBox(messages.get("relations.field.hierarchical"));
        hierarchical.setId("relation-type-hierarchical");

        problems.setId("relation-type-problems");
        problems.addStyleName("crm-field-error");
        problems.setContentMode(ContentMode.PREFORMATTED);
        problems.setVisible(false);
        Button add = new Button(messages.get("relations.types.add"), e -> add());
        add.setId("relation-type-add");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button delete = new Button(messages.get("ui.action.delete"), e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::confirmDelete));
        delete.setId("relation-type-delete");
        delete.addStyleName(ValoTheme.BUTTON_DANGER);
        delete.setEnabled(false);
        grid.addSelectionListener(e -> delete.setEnabled(e.getFirstSelectedItem().filter(t -> !t.builtIn()).isPresent()));
        Button close = new Button(messages.get("ui.action.close"), e -> close());
        close.setId("relation-types-close");
        CssLayout buttons = new CssLayout(add, delete, close);
        buttons.addStyleName("crm-row");

        FormLayout form = new FormLayout(code, nameFa, nameEn, inverseFa, inverseEn, fromKind, toKind, hierarchical);
        form.setWidth("100%");
        VerticalLayout body = new VerticalLayout(grid, form, problems, buttons);
        body.setWidth("100%");
        setContent(body);
        refresh();
    }

    private TextField field(String labelKey, String id, int maxLength) {
        TextField field = new TextField(context.messages().get(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setWidth("100%");
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    /** Account, contact or either, by code: {@code any} stands for either. */
    private ComboBox<String> kinds(String labelKey, String id) {
        ComboBox<String> box = new ComboBox<>(context.messages().get(labelKey), List.of("any", RecordKind.ACCOUNT.code(), RecordKind.CONTACT.code()));
        box.setId(id);
        box.setItemCaptionGenerator(k -> context.messages().get("relations.kind." + k));
        box.setEmptySelectionAllowed(false);
        box.setValue("any");
        return box;
    }

    private String kindLabel(RecordKind kind) {
        return context.messages().get("relations.kind." + (kind == null ? "any" : kind.code()));
    }

    private void refresh() {
        context.call(() -> relations.types(context.caller())).ifPresent(grid::setItems);
    }

    private void add() {
        RelationTypeInput input = new RelationTypeInput(code.getValue(), nameFa.getValue(), nameEn.getValue(), inverseFa.getValue(),
                inverseEn.getValue(), RecordKind.of(fromKind.getValue()), RecordKind.of(toKind.getValue()), hierarchical.getValue());
        try {
            relations.createType(context.caller(), input);
            context.showSuccess(context.messages().get("ui.saved"));
            List.of(code, nameFa, nameEn, inverseFa, inverseEn).forEach(TextField::clear);
            showProblems(List.of());
            refresh();
        } catch (ValidationException invalid) {
            showProblems(invalid.fieldErrors());
        } catch (ConflictException conflict) {
            showProblems(conflict.fieldErrors());
        } catch (RuntimeException failure) {
            context.showError(failure);
        }
    }

    private void showProblems(List<FieldError> errors) {
        Messages messages = context.messages();
        problems.setValue(String.join("\n", errors.stream()
                .map(error -> messages.get("relations.field." + error.field()) + ": " + messages.get(error.messageKey(), error.args().toArray()))
                .toList()));
        problems.setVisible(!errors.isEmpty());
    }

    private void confirmDelete(RelationType type) {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("ui.confirm.deleteTitle"), messages.get("relations.types.confirmDelete") + " " + type.code(),
                messages.get("ui.action.delete"), messages.get("ui.action.cancel"), true, () -> {
                    if (context.run(() -> relations.deleteType(context.caller(), type.id()))) {
                        context.showSuccess(messages.get("ui.deleted"));
                        refresh();
                    }
                });
    }
}
