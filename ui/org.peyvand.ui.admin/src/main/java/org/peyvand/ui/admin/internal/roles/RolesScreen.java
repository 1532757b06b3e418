package org.peyvand.ui.admin.internal.roles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.PermissionDefinition;
import org.peyvand.platform.security.Role;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Roles: which permissions each grants (a matrix of permissions by role) and, on a second tab,
 * which records and fields each may see. Adding or removing a role rebuilds both tabs.
 */
final class RolesScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient RoleAdministration services;
    private final boolean manage;
    private final TabSheet tabs = new TabSheet();

    RolesScreen(UiContext context, RoleAdministration services) {
        this.context = context;
        this.services = services;
        this.manage = services.guard().allows(context.caller(), KernelPermissions.ROLE_MANAGE);
        setId("view-roles");
        addStyleName("crm-page");
        setSizeFull();
        Messages messages = context.messages();
        Label title = new Label(messages.get("admin.menu.roles"));
        title.addStyleName("crm-page-title");
        CssLayout toolbar = new CssLayout(title);
        toolbar.addStyleName("crm-row");
        if (manage) {
            Button create = Buttons.of(messages.get("admin.role.new"), VaadinIcons.PLUS,
                    e -> open(new NewRoleDialog(context, services.roles())));
            create.setId("roles-new");
            create.addStyleName(ValoTheme.BUTTON_PRIMARY);
            Button remove = Buttons.of(messages.get("admin.role.remove"), VaadinIcons.TRASH, e -> removeRole());
            remove.setId("roles-remove");
            toolbar.addComponents(create, remove);
        }
        tabs.setId("roles-tabs");
        tabs.setSizeFull();
        tabs.addStyleName("crm-fill");
        addComponents(toolbar, tabs);
        reload();
    }

    private void reload() {
        List<Role> list;
        List<PermissionDefinition> permissions;
        try {
            list = services.roles().list(context.caller());
            permissions = services.permissions().permissions();
        } catch (RuntimeException e) {
            context.showError(e);
            return;
        }
        // both tabs read and update the same roles, so a change on one shows on the other
        Map<String, Role> roles = new LinkedHashMap<>();
        list.forEach(r -> roles.put(r.name(), r));
        int selected = tabs.getComponentCount() == 0 ? 0 : tabs.getTabPosition(tabs.getTab(tabs.getSelectedTab()));
        tabs.removeAllComponents();
        Messages messages = context.messages();
        tabs.addTab(new PermissionMatrix(context, services, roles, permissions, manage), messages.get("admin.roles.tab.permissions"))
                .setId("roles-tab-permissions");
        tabs.addTab(new RecordAccessTab(context, services.roles(), roles, RecordTypes.of(permissions), manage),
                messages.get("admin.roles.tab.recordAccess")).setId("roles-tab-record-access");
        tabs.setSelectedTab(selected);
    }

    private void removeRole() {
        List<Role> custom;
        try {
            custom = services.roles().list(context.caller()).stream().filter(r -> !r.builtIn()).toList();
        } catch (RuntimeException e) {
            context.showError(e);
            return;
        }
        if (custom.isEmpty()) {
            context.showSuccess(context.messages().get("admin.role.remove.none"));
            return;
        }
        open(new RemoveRoleDialog(context, services.roles(), custom));
    }

    private void open(Window dialog) {
        dialog.addCloseListener(e -> reload());
        getUI().addWindow(dialog);
    }
}
