package org.peyvand.platform.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one place that decides whether a caller holds a permission. Service methods call
 * {@link #require} before doing anything, so REST, screens and shell behave alike.
 * A permission no present module declares is never granted.
 */
@ProviderType
public interface AccessGuard {

    boolean allows(Caller caller, String permission);

    /** @throws org.peyvand.platform.core.error.AccessDeniedException when not allowed */
    void require(Caller caller, String permission);
}
