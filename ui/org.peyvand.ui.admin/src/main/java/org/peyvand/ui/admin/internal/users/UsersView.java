package org.peyvand.ui.admin.internal.users;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.RoleService;
import org.peyvand.platform.security.SecondFactor;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.platform.security.UserService;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The users screen in the administration menu. */
@Component(service = CrmView.class)
@MenuItem(id = UsersView.ID, title = "admin.menu.users", icon = "USERS", section = "admin", order = 10,
        permission = KernelPermissions.USER_READ)
public class UsersView implements CrmView {
    public static final String ID = "users";

    private final UserAdministration services;

    @Activate
    public UsersView(@Reference UserService users, @Reference OrgUnitService units, @Reference RoleService roles,
            @Reference SecondFactor secondFactor, @Reference SessionRegistry sessions, @Reference AccessGuard guard) {
        this.services = new UserAdministration(users, units, roles, secondFactor, sessions, guard);
    }

    @Override
    public View create(UiContext context) {
        return new UsersScreen(context, services);
    }
}
