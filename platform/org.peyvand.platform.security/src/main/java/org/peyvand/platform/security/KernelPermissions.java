package org.peyvand.platform.security;

/** The kernel's permissions, declared in CRM-INF/permissions/platform.json. */
public final class KernelPermissions {
    public static final String USER_READ = "platform.user.read";
    /** Finding colleagues by name, for user fields and assignments. */
    public static final String DIRECTORY_READ = "platform.directory.read";
    public static final String USER_MANAGE = "platform.user.manage";
    public static final String UNIT_READ = "platform.unit.read";
    public static final String UNIT_MANAGE = "platform.unit.manage";
    public static final String ROLE_READ = "platform.role.read";
    public static final String ROLE_MANAGE = "platform.role.manage";
    public static final String AUDIT_READ = "platform.audit.read";
    public static final String AUDIT_EXPORT = "platform.audit.export";
    public static final String SESSION_MANAGE = "platform.session.manage";
    public static final String PROFILE_EDIT = "platform.profile.edit";
    public static final String MODULE_READ = "platform.module.read";
    public static final String SHELL_USE = "platform.shell.use";

    private KernelPermissions() {
    }
}
