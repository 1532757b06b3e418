package org.peyvand.ui.admin.internal.roles;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.PermissionRegistry;
import org.peyvand.platform.security.RoleService;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** Roles and what they grant, in the administration menu. */
@Component(service = CrmView.class)
@MenuItem(id = RolesView.ID, title = "admin.menu.roles", icon = "KEY", section = "admin", order = 30,
        permission = KernelPermissions.ROLE_READ)
public class RolesView implements CrmView {
    public static final String ID = "roles";

    private final RoleAdministration services;

    @Activate
    public RolesView(@Reference RoleService roles, @Reference PermissionRegistry permissions, @Reference AccessGuard guard,
            @Reference ModuleRegistry modules) {
        this.services = new RoleAdministration(roles, permissions, guard, modules);
    }

    @Override
    public View create(UiContext context) {
        return new RolesScreen(context, services);
    }
}
