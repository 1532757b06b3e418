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

    /** Whether members of the role must use a second factor at login. */
    Role requireOtp(Caller caller, String role, boolean required);
}
