package org.peyvand.platform.security.internal.users;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.PermissionRegistry;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.security.Role;
import org.peyvand.platform.security.RoleService;
import org.peyvand.platform.security.Roles;
import org.peyvand.platform.security.internal.RoleBasedAccess;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.platform.security.internal.audit.AuditWriter;
import org.peyvand.platform.security.internal.jpa.RoleEntity;

@Component
public class RoleServiceImpl implements RoleService {
    static final String OBJECT_TYPE = "platform.role";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern FIELD = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,79}");

    private final Transactions tx;
    private final RoleBasedAccess guard;
    private final PermissionRegistry permissions;
    private final AuditWriter audit;

    @Activate
    public RoleServiceImpl(@Reference(target = "(osgi.unit.name=crm.security)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.security)") SchemaReady schema,
            @Reference RoleBasedAccess guard, @Reference PermissionRegistry permissions) {
        this(new Transactions(jpa), guard, permissions, Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static RoleServiceImpl wiredWith(Transactions tx, RoleBasedAccess guard, PermissionRegistry permissions, Clock clock) {
        return new RoleServiceImpl(tx, guard, permissions, clock);
    }

    private RoleServiceImpl(Transactions tx, RoleBasedAccess guard, PermissionRegistry permissions, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.permissions = permissions;
        this.audit = new AuditWriter(clock);
    }

    @Override
    public List<Role> list(Caller caller) {
        guard.require(caller, KernelPermissions.ROLE_READ);
        return tx.read(em -> em.createQuery("select r from RoleEntity r order by r.builtIn desc, r.name", RoleEntity.class)
                .getResultList().stream().map(RoleEntity::toRole).toList());
    }

    @Override
    public Role get(Caller caller, String name) {
        guard.require(caller, KernelPermissions.ROLE_READ);
        return tx.read(em -> role(em, name).toRole());
    }

    @Override
    public Role create(Caller caller, String name, String labelFa, String labelEn) {
        guard.require(caller, KernelPermissions.ROLE_MANAGE);
        Validator v = new Validator();
        v.check(name != null && NAME.matcher(name).matches(), "name", "security.error.roleNameInvalid");
        v.required(labelFa, "labelFa").maxLength(labelFa, 100, "labelFa").maxLength(labelEn, 100, "labelEn");
        v.throwIfInvalid();
        return changed(tx.write(em -> {
            if (em.find(RoleEntity.class, name) != null) {
                throw ValidationException.of("name", "core.error.duplicate");
            }
            return name;
        }, (em, n) -> {
            RoleEntity role = new RoleEntity(n, labelFa.strip(), labelEn == null || labelEn.isBlank() ? labelFa.strip() : labelEn.strip());
            em.persist(role);
            em.flush();
            audit.write(em, caller.username(), "role.created", OBJECT_TYPE, n, null, List.of());
            return role.toRole();
        }));
    }

    @Override
    public void delete(Caller caller, String name) {
        guard.require(caller, KernelPermissions.ROLE_MANAGE);
        tx.write(em -> {
            RoleEntity role = role(em, name);
            if (role.builtIn()) {
                throw ValidationException.of("name", "security.error.roleBuiltIn");
            }
            long members = em.createQuery("select count(u) from UserEntity u join u.roles r where r = :n", Long.class)
                    .setParameter("n", name).getSingleResult();
            if (members > 0) {
                throw ValidationException.of("name", "security.error.roleInUse", members);
            }
            return role;
        }, (em, role) -> {
            em.remove(role);
            audit.write(em, caller.username(), "role.deleted", OBJECT_TYPE, name, null, List.of());
            return null;
        });
        guard.rolesChanged();
    }

    @Override
    public Role grant(Caller caller, String role, String permission) {
        return changeGrant(caller, role, permission, true);
    }

    @Override
    public Role revoke(Caller caller, String role, String permission) {
        return changeGrant(caller, role, permission, false);
    }

    @Override
    public Role requireOtp(Caller caller, String name, boolean required) {
        guard.require(caller, KernelPermissions.ROLE_MANAGE);
        return changed(tx.write(em -> role(em, name), (em, role) -> {
            role.requireOtp(required);
            em.flush();
            audit.write(em, caller.username(), "role.otpRequired", OBJECT_TYPE, name, null,
                    List.of(new AuditEntry.Change("otpRequired", String.valueOf(!required), String.valueOf(required))));
            return role.toRole();
        }));
    }

    @Override
    public Role setScope(Caller caller, String name, String objectType, RecordScope.Level level) {
        requireChangeable(caller, name);
        if (level == null) {
            throw ValidationException.of("level", "core.error.required");
        }
        return scope(caller, name, objectType, level);
    }

    @Override
    public Role clearScope(Caller caller, String name, String objectType) {
        requireChangeable(caller, name);
        return scope(caller, name, objectType, null);
    }

    private Role scope(Caller caller, String name, String objectType, RecordScope.Level level) {
        String type = objectType(objectType);
        return changed(tx.write(em -> role(em, name), (em, role) -> {
            String before = String.valueOf(role.toRole().scopes().get(type));
            role.scope(type, level);
            em.flush();
            audit.write(em, caller.username(), "role.scope", OBJECT_TYPE, name, type,
                    List.of(new AuditEntry.Change(type, before, String.valueOf(level))));
            return role.toRole();
        }));
    }

    @Override
    public Role setFieldRule(Caller caller, String name, String objectType, String field, FieldAccess.Access access) {
        requireChangeable(caller, name);
        if (access == null) {
            throw ValidationException.of("access", "core.error.required");
        }
        return fieldRule(caller, name, objectType, field, access);
    }

    @Override
    public Role clearFieldRule(Caller caller, String name, String objectType, String field) {
        requireChangeable(caller, name);
        return fieldRule(caller, name, objectType, field, null);
    }

    private Role fieldRule(Caller caller, String name, String objectType, String field, FieldAccess.Access access) {
        String type = objectType(objectType);
        if (field == null || !FIELD.matcher(field).matches()) {
            throw ValidationException.of("field", "security.error.fieldNameInvalid");
        }
        return changed(tx.write(em -> role(em, name), (em, role) -> {
            role.fieldRule(type, field, access);
            em.flush();
            audit.write(em, caller.username(), "role.fieldRule", OBJECT_TYPE, name, type + "." + field,
                    List.of(new AuditEntry.Change(type + "." + field, null, String.valueOf(access))));
            return role.toRole();
        }));
    }

    private void requireChangeable(Caller caller, String name) {
        guard.require(caller, KernelPermissions.ROLE_MANAGE);
        if (Roles.ADMINISTRATOR.equals(name)) {
            throw ValidationException.of("role", "security.error.roleAdministratorFixed");
        }
    }

    /** A record type is one some present module guards with a read permission. */
    private String objectType(String objectType) {
        if (objectType == null || permissions.find(objectType + ".read").isEmpty()) {
            throw ValidationException.of("objectType", "security.error.objectTypeUnknown", String.valueOf(objectType));
        }
        return objectType;
    }

    /** Only permissions of present modules are granted, never to the administrator (who holds all), never beyond the caller. */
    private Role changeGrant(Caller caller, String name, String permission, boolean grant) {
        requireChangeable(caller, name);
        if (permission == null || permissions.find(permission).isEmpty()) {
            throw ValidationException.of("permission", "security.error.permissionUnknown", String.valueOf(permission));
        }
        if (!guard.allows(caller, permission)) {
            throw ValidationException.of("permission", "security.error.permissionBeyondCaller", permission);
        }
        return changed(tx.write(em -> role(em, name), (em, role) -> {
            boolean changed = grant ? role.permissions().add(permission) : role.permissions().remove(permission);
            if (changed) {
                em.flush();
                audit.write(em, caller.username(), grant ? "role.granted" : "role.revoked", OBJECT_TYPE, name, permission, List.of());
            }
            return role.toRole();
        }));
    }

    private Role changed(Role role) {
        guard.rolesChanged();
        return role;
    }

    private static RoleEntity role(EntityManager em, String name) {
        RoleEntity role = name == null ? null : em.find(RoleEntity.class, name);
        if (role == null) {
            throw new NotFoundException("security.error.roleNotFound", name);
        }
        return role;
    }
}
