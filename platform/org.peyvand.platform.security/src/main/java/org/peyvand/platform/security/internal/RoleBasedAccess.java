package org.peyvand.platform.security.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.PermissionRegistry;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.security.Role;

/**
 * The one place that decides what a caller may do. A caller holds a permission when a present
 * module declares it, one of the caller's roles is granted it, and (for a personal API token) the
 * token includes it; administrators hold every declared permission, so no revoke locks them out.
 * Scopes and field rules count only the roles that may read the record type at all.
 */
@Component(service = {AccessGuard.class, RecordAccess.class, RoleBasedAccess.class})
public class RoleBasedAccess implements AccessGuard, RecordAccess {
    private final PermissionRegistry permissions;
    private final RoleRules rules;
    private final UnitTree units;

    @Activate
    public RoleBasedAccess(@Reference PermissionRegistry permissions,
            @Reference(target = "(osgi.unit.name=crm.security)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.security)") SchemaReady schema) {
        this(permissions, new RoleRules(new Transactions(jpa), permissions, Clock.systemUTC()), new UnitTree(new Transactions(jpa)));
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static RoleBasedAccess wiredWith(PermissionRegistry permissions, RoleRules rules, UnitTree units) {
        return new RoleBasedAccess(permissions, rules, units);
    }

    private RoleBasedAccess(PermissionRegistry permissions, RoleRules rules, UnitTree units) {
        this.permissions = permissions;
        this.rules = rules;
        this.units = units;
    }

    @Override
    public boolean allows(Caller caller, String permission) {
        if (permissions.find(permission).isEmpty()) {
            return false;
        }
        if (caller.tokenPermissions() != null && !caller.tokenPermissions().contains(permission)) {
            return false;
        }
        return caller.isAdministrator() || caller.roles().stream().anyMatch(role -> rules.grantsOf(role).contains(permission));
    }

    @Override
    public void require(Caller caller, String permission) {
        if (!allows(caller, permission)) {
            throw new AccessDeniedException(permission);
        }
    }

    @Override
    public RecordScope scope(Caller caller, String objectType) {
        if (caller.isAdministrator()) {
            return RecordScope.all(caller.username());
        }
        RecordScope.Level widest = RecordScope.Level.OWN;
        for (Role role : readingRoles(caller, objectType)) {
            RecordScope.Level level = role.scopes().getOrDefault(objectType, RecordScope.Level.ALL);
            if (level.compareTo(widest) > 0) {
                widest = level;
            }
        }
        Set<Long> unitIds = switch (widest) {
            case OWN, ALL -> Set.of();
            case UNIT -> Set.of(caller.unitId());
            case UNIT_TREE -> units.subtree(caller.unitId());
        };
        return new RecordScope(widest, caller.username(), unitIds);
    }

    @Override
    public FieldAccess fields(Caller caller, String objectType) {
        List<Role> roles = readingRoles(caller, objectType);
        if (caller.isAdministrator() || roles.isEmpty()) {
            return FieldAccess.UNRESTRICTED;
        }
        Set<String> hidden = null;
        Set<String> limited = null;
        for (Role role : roles) {
            Set<String> roleHidden = fieldsWith(role, objectType, FieldAccess.Access.HIDDEN);
            Set<String> roleLimited = new HashSet<>(roleHidden);
            roleLimited.addAll(fieldsWith(role, objectType, FieldAccess.Access.READ_ONLY));
            hidden = intersect(hidden, roleHidden);
            limited = intersect(limited, roleLimited);
        }
        limited.removeAll(hidden);
        return new FieldAccess(hidden, limited);
    }

    /** Whether one of these roles requires a second factor at login. */
    public boolean otpRequired(Set<String> roles) {
        return roles.stream().map(rules::role).flatMap(Optional::stream).anyMatch(Role::otpRequired);
    }

    /** The stored permissions of a role (administrators hold all regardless). */
    public Set<String> grantsOf(String role) {
        return rules.grantsOf(role);
    }

    /** Called after a role's grants, scopes or field rules changed. */
    public void rolesChanged() {
        rules.reload();
    }

    /** Called after the org tree changed. */
    public void unitsChanged() {
        units.changed();
    }

    private List<Role> readingRoles(Caller caller, String objectType) {
        String read = objectType + ".read";
        return caller.roles().stream().map(rules::role).flatMap(Optional::stream)
                .filter(r -> r.permissions().contains(read)).toList();
    }

    private static Set<String> fieldsWith(Role role, String objectType, FieldAccess.Access access) {
        return role.fieldRules().stream().filter(r -> r.objectType().equals(objectType) && r.access() == access)
                .map(Role.FieldRule::field).collect(Collectors.toSet());
    }

    private static Set<String> intersect(Set<String> sofar, Set<String> next) {
        if (sofar == null) {
            return new HashSet<>(next);
        }
        sofar.retainAll(next);
        return sofar;
    }
}
