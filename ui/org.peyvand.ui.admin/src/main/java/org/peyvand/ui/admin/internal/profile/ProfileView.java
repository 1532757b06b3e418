package org.peyvand.ui.admin.internal.profile;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.ApiTokens;
import org.peyvand.platform.security.PermissionRegistry;
import org.peyvand.platform.security.SecondFactor;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.platform.security.UserService;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The signed-in user's own page, first in the account section of the menu. */
@Component(service = CrmView.class)
@MenuItem(id = ProfileView.ID, title = "admin.menu.profile", icon = "USER", section = "account", order = 1,
        permission = KernelPermissions.PROFILE_EDIT)
public class ProfileView implements CrmView {
    public static final String ID = "profile";

    private final ProfileServices services;

    @Activate
    public ProfileView(@Reference UserService users, @Reference SecondFactor secondFactor, @Reference ApiTokens tokens,
            @Reference SessionRegistry sessions, @Reference AccessGuard guard, @Reference PermissionRegistry permissions) {
        this.services = new ProfileServices(users, secondFactor, tokens, sessions, guard, permissions);
    }

    @Override
    public View create(UiContext context) {
        return new ProfileScreen(context, services);
    }
}
