package org.peyvand.ui.admin.internal.roles;

import java.util.List;
import java.util.Map;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.security.Role;
import org.peyvand.platform.security.RoleService;
import org.peyvand.platform.security.Roles;
import org.peyvand.ui.admin.internal.AdminGrids;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * What each role may see beyond its permissions: the records of each type (its own, its unit's,
 * its unit tree's or all), whether its members must use a second factor, and the fields it sees
 * hidden or read-only.
 */
final class RecordAccessTab extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final int ROLE_COLUMN_WIDTH = 150;
    private static final int ROW_HEIGHT = 46;

    private final transient UiContext context;
    private final transient RoleService service;
    private final transient Map<String, Role> roles;
    private final boolean manage;

    RecordAccessTab(UiContext context, RoleService service, Map<String, Role> roles, List<String> recordTypes, boolean manage) {
        this.context = context;
        this.service = service;
        this.roles = roles;
        this.manage = manage;
        setId("roles-record-access");
        setWidth("100%");
        addComponents(heading("admin.roles.scopes"), hint("admin.roles.scopes.hint"));
        if (recordTypes.isEmpty()) {
            addComponent(hint("admin.roles.noRecordTypes"));
        } else {
            addComponent(scopes(recordTypes));
        }
        addComponents(heading("admin.roles.otp"), hint("admin.roles.otp.hint"), otpSwitches());
        addComponents(heading("admin.roles.fieldRules"), hint("admin.roles.fieldRules.hint"),
                new FieldRulesPanel(context, service, roles, recordTypes, manage));
    }

    private Grid<String> scopes(List<String> recordTypes) {
        Messages messages = context.messages();
        Grid<String> grid = new Grid<>();
        grid.setId("roles-scopes");
        grid.addColumn(type -> RecordTypeNames.of(type, messages)).setId("type").setCaption(messages.get("admin.roles.recordType"));
        for (Role role : roles.values()) {
            grid.addComponentColumn(type -> scopeSelect(role.name(), type)).setId("scope-" + role.name())
                    .setCaption(role.label(messages.locale())).setWidth(ROLE_COLUMN_WIDTH);
        }
        grid.getColumns().forEach(c -> c.setSortable(false));
        AdminGrids.columnsAdded(grid, context.rightToLeft());
        grid.getColumn("type").setMinimumWidth(220);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setBodyRowHeight(ROW_HEIGHT);
        grid.setItems(recordTypes);
        grid.setHeightByRows(recordTypes.size());
        grid.setWidth("100%");
        return grid;
    }

    /** Without a setting a role sees all records of the type; choosing "all" removes the setting. */
    private ComboBox<RecordScope.Level> scopeSelect(String roleName, String type) {
        Messages messages = context.messages();
        boolean administrator = Roles.ADMINISTRATOR.equals(roleName);
        ComboBox<RecordScope.Level> select = new ComboBox<>(null, List.of(RecordScope.Level.values()));
        select.setItemCaptionGenerator(l -> messages.get("admin.scope." + l.name()));
        select.setEmptySelectionAllowed(false);
        select.setTextInputAllowed(false);
        select.addStyleName(ValoTheme.COMBOBOX_SMALL);
        select.setWidth("100%");
        select.setId("scope-" + roleName + "-" + type);
        select.setValue(administrator ? RecordScope.Level.ALL : roles.get(roleName).scopes().getOrDefault(type, RecordScope.Level.ALL));
        select.setEnabled(manage && !administrator);
        select.addValueChangeListener(e -> {
            if (!e.isUserOriginated()) {
                return;
            }
            try {
                roles.put(roleName, e.getValue() == RecordScope.Level.ALL
                        ? service.clearScope(context.caller(), roleName, type)
                        : service.setScope(context.caller(), roleName, type, e.getValue()));
            } catch (RuntimeException failure) {
                select.setValue(e.getOldValue());
                context.showError(failure);
            }
        });
        return select;
    }

    private CssLayout otpSwitches() {
        Messages messages = context.messages();
        CssLayout row = new CssLayout();
        row.addStyleName("crm-row");
        row.setId("roles-otp");
        row.setWidth("100%");
        for (Role role : roles.values()) {
            CheckBox required = new CheckBox(role.label(messages.locale()), role.otpRequired());
            required.setId("otp-required-" + role.name());
            required.setEnabled(manage);
            required.addValueChangeListener(e -> {
                if (!e.isUserOriginated()) {
                    return;
                }
                try {
                    roles.put(role.name(), service.requireOtp(context.caller(), role.name(), e.getValue()));
                } catch (RuntimeException failure) {
                    required.setValue(!e.getValue());
                    context.showError(failure);
                }
            });
            row.addComponent(required);
        }
        return row;
    }

    private Label heading(String key) {
        Label label = new Label(context.messages().get(key));
        label.addStyleName(ValoTheme.LABEL_H3);
        label.addStyleName(ValoTheme.LABEL_NO_MARGIN);
        label.setWidth("100%");
        return label;
    }

    private Label hint(String key) {
        Label label = new Label(context.messages().get(key));
        label.addStyleName("crm-muted");
        label.setWidth("100%");
        return label;
    }
}
