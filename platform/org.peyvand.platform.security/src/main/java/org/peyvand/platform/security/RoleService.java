package org.peyvand.platform.security;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Roles and their grants. Reading needs {@code platform.role.read}, changes {@code platform.role.manage}.
 * The administrator role holds every permission and cannot be changed; built-in roles cannot be removed.
 */
@ProviderType
public interface RoleService {

    List<Role> list(Caller caller);

    Role get(Caller caller, String name);

    Role create(Caller caller, String name, String labelFa, String labelEn);

    void delete(Caller caller, String name);

    Role grant(Caller caller, String role, String permission);

    Role revoke(Caller caller, String role, String permission);

    /** Sets the scope of records of a type the role sees. */
    Role setScope(Caller caller, String role, String objectType, RecordScope.Level level);

    /** Removes the role's scope setting for a type: it sees all of them. */
    Role clearScope(Caller caller, String role, String objectType);

    /** Hides a field of a record type from the role or shows it read-only. */
    Role setFieldRule(Caller caller, String role, String objectType, String field, FieldAccess.Access access);

    /** Removes a field rule: the field is editable again. */
    Role clearFieldRule(Caller caller, String role, String objectType, String field);

    /** Whether members of the role must use a second factor at login. */
    Role requireOtp(Caller caller, String role, boolean required);
}
