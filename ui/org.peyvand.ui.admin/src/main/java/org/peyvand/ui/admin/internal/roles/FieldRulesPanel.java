package org.peyvand.ui.admin.internal.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.Role;
import org.peyvand.platform.security.RoleService;
import org.peyvand.platform.security.Roles;
import org.peyvand.ui.admin.internal.AdminGrids;
import org.peyvand.ui.admin.internal.FieldErrorDisplay;
import org.peyvand.ui.admin.internal.ServiceCall;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The fields roles see hidden or read-only: a list of the rules with a remove button each, and a
 * row to add one. The field name is free text (the service checks it) with the known fields of
 * the chosen record type offered.
 */
final class FieldRulesPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final int MAX_VISIBLE_ROWS = 10;

    /** One rule of one role. */
    record RuleRow(String role, Role.FieldRule rule) {
    }

    private final transient UiContext context;
    private final transient RoleService service;
    private final transient Map<String, Role> roles;
    private final Grid<RuleRow> grid = new Grid<>();

    FieldRulesPanel(UiContext context, RoleService service, Map<String, Role> roles, List<String> recordTypes, boolean manage) {
        this.context = context;
        this.service = service;
        this.roles = roles;
        setMargin(false);
        setWidth("100%");
        Messages messages = context.messages();
        grid.setId("field-rules");
        grid.addColumn(r -> roles.get(r.role()).label(messages.locale())).setId("role").setCaption(messages.get("admin.role"));
        grid.addColumn(r -> RecordTypeNames.of(r.rule().objectType(), messages)).setId("type")
                .setCaption(messages.get("admin.roles.recordType"));
        grid.addColumn(r -> r.rule().field()).setId("field").setCaption(messages.get("admin.roles.field"))
                .setStyleGenerator(r -> "crm-ltr");
        grid.addColumn(r -> messages.get("admin.access." + r.rule().access().name())).setId("access")
                .setCaption(messages.get("admin.roles.access"));
        if (manage) {
            grid.addComponentColumn(this::removeButton).setId("remove").setWidth(150);
        }
        grid.getColumns().forEach(c -> c.setSortable(false));
        AdminGrids.columnsAdded(grid, context.rightToLeft());
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setWidth("100%");
        addComponent(grid);
        if (manage) {
            addComponent(addRow(recordTypes));
        }
        refresh();
    }

    private void refresh() {
        List<RuleRow> rows = new ArrayList<>();
        roles.values().forEach(role -> role.fieldRules().forEach(rule -> rows.add(new RuleRow(role.name(), rule))));
        grid.setItems(rows);
        grid.setHeightByRows(Math.max(1, Math.min(rows.size(), MAX_VISIBLE_ROWS)));
    }

    private Button removeButton(RuleRow row) {
        Button remove = new Button(context.messages().get("admin.action.remove"), VaadinIcons.CLOSE_SMALL);
        remove.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_BORDERLESS);
        remove.setId("field-rule-remove-" + row.role() + "-" + row.rule().objectType() + "-" + row.rule().field());
        remove.addClickListener(e -> {
            try {
                roles.put(row.role(), service.clearFieldRule(context.caller(), row.role(), row.rule().objectType(), row.rule().field()));
                refresh();
            } catch (RuntimeException failure) {
                context.showError(failure);
            }
        });
        return remove;
    }

    private CssLayout addRow(List<String> recordTypes) {
        Messages messages = context.messages();
        FieldErrorDisplay errors = new FieldErrorDisplay(messages);
        List<Role> changeable = roles.values().stream().filter(r -> !Roles.ADMINISTRATOR.equals(r.name())).toList();
        ComboBox<Role> role = errors.bind("role", select(messages.get("admin.role"), changeable, "field-rule-role"));
        role.setItemCaptionGenerator(r -> r.label(messages.locale()));
        ComboBox<String> type = errors.bind("objectType", select(messages.get("admin.roles.recordType"), recordTypes, "field-rule-type"));
        type.setItemCaptionGenerator(t -> RecordTypeNames.of(t, messages));
        ComboBox<String> field = errors.bind("field", select(messages.get("admin.roles.field"), List.of(), "field-rule-field"));
        field.addStyleName("crm-ltr");
        field.setTextInputAllowed(true);
        field.setNewItemProvider(typed -> typed.isBlank() ? Optional.empty() : Optional.of(typed.strip()));
        type.addValueChangeListener(e -> field.setItems(RecordTypes.knownFields(e.getValue())));
        ComboBox<FieldAccess.Access> access = errors.bind("access",
                select(messages.get("admin.roles.access"), List.of(FieldAccess.Access.values()), "field-rule-access"));
        access.setItemCaptionGenerator(a -> messages.get("admin.access." + a.name()));
        access.setValue(FieldAccess.Access.HIDDEN);

        Button add = new Button(messages.get("admin.roles.fieldRules.add"), VaadinIcons.PLUS);
        add.setId("field-rule-add");
        add.addClickListener(e -> {
            boolean added = ServiceCall.run(context, errors, () -> {
                if (role.getValue() == null) {
                    // the service cannot tell which role was meant
                    throw ValidationException.of("role", "core.error.required");
                }
                Role changed = service.setFieldRule(context.caller(), role.getValue().name(), type.getValue(), field.getValue(),
                        access.getValue());
                roles.put(changed.name(), changed);
            });
            if (added) {
                field.clear();
                refresh();
            }
        });
        CssLayout row = new CssLayout(role, type, field, access, add);
        row.addStyleName("crm-row");
        row.setWidth("100%");
        return row;
    }

    /** The row is too narrow for captions beside its fields; each field names itself until chosen. */
    private static <T> ComboBox<T> select(String caption, List<T> items, String id) {
        ComboBox<T> select = new ComboBox<>(null, items);
        select.setPlaceholder(caption);
        select.setDescription(caption);
        select.setId(id);
        select.setWidth("220px");
        select.setTextInputAllowed(false);
        return select;
    }
}
