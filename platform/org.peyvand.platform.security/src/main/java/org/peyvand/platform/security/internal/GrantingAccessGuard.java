package org.peyvand.platform.security.internal;

import java.time.Clock;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.PermissionRegistry;

/**
 * A caller holds a permission when a present module declares it and one of the caller's roles is
 * granted it; administrators hold every declared permission, so no revoke can lock them out.
 */
@Component(service = {AccessGuard.class, GrantingAccessGuard.class})
public class GrantingAccessGuard implements AccessGuard {
    private final PermissionRegistry permissions;
    private final RoleGrants grants;

    @Activate
    public GrantingAccessGuard(@Reference PermissionRegistry permissions,
            @Reference(target = "(osgi.unit.name=crm.security)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.security)") SchemaReady schema) {
        this(permissions, new RoleGrants(new Transactions(jpa), permissions, Clock.systemUTC()));
    }

    GrantingAccessGuard(PermissionRegistry permissions, RoleGrants grants) {
        this.permissions = permissions;
        this.grants = grants;
    }

    @Override
    public boolean allows(Caller caller, String permission) {
        if (permissions.find(permission).isEmpty()) {
            return false;
        }
        return caller.isAdministrator() || caller.roles().stream().anyMatch(role -> grants.of(role).contains(permission));
    }

    @Override
    public void require(Caller caller, String permission) {
        if (!allows(caller, permission)) {
            throw new AccessDeniedException(permission);
        }
    }

    /** The permissions stored for a role (administrators hold all regardless). */
    public Set<String> grantsOf(String role) {
        return grants.of(role);
    }

    /** Called after a role's grants changed. */
    public void grantsChanged() {
        grants.reload();
    }
}
