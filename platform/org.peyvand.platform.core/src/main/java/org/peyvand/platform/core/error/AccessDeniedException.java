package org.peyvand.platform.core.error;

/** The caller lacks the permission the operation names. */
public class AccessDeniedException extends CrmException {
    private static final long serialVersionUID = 1L;

    private final String permission;

    public AccessDeniedException(String permission) {
        super(ErrorCode.FORBIDDEN, "core.error.forbidden", permission);
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }
}
