package org.peyvand.platform.security.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.PermissionRegistry;

/**
 * Grants a permission to administrators and to the roles its descriptor names by default.
 * Role assignments stored per organisation replace the defaults with the user store.
 */
@Component
public class DefaultRoleAccessGuard implements AccessGuard {
    private final PermissionRegistry permissions;

    @Activate
    public DefaultRoleAccessGuard(@Reference PermissionRegistry permissions) {
        this.permissions = permissions;
    }

    @Override
    public boolean allows(Caller caller, String permission) {
        return permissions.find(permission)
                .map(p -> caller.isAdministrator() || p.defaultRoles().stream().anyMatch(caller::hasRole))
                .orElse(false);
    }

    @Override
    public void require(Caller caller, String permission) {
        if (!allows(caller, permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
