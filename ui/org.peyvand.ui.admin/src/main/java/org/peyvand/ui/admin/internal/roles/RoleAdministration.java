package org.peyvand.ui.admin.internal.roles;

import java.util.Locale;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.PermissionRegistry;
import org.peyvand.platform.security.RoleService;

/** The services the roles screen works with. */
record RoleAdministration(RoleService roles, PermissionRegistry permissions, AccessGuard guard, ModuleRegistry modules) {

    /** A module's name in the user's language; the kernel's own permissions belong to no installed module. */
    String moduleName(String module, Messages messages) {
        if ("platform".equals(module)) {
            return messages.get("admin.roles.module.platform");
        }
        Locale locale = messages.locale();
        return modules.find(module).map(m -> m.name(locale)).orElse(module);
    }
}
