package org.peyvand.platform.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A new installation has no users and ships no password. Until the first administrator exists,
 * a one-time setup token is printed to the console and written to {@code data/setup-token};
 * whoever presents it creates that administrator, and the token is gone.
 */
@ProviderType
public interface FirstStart {

    /** Whether the installation still waits for its first administrator. */
    boolean pending();

    /** Creates the first administrator, in the root unit. */
    UserAccount createAdministrator(String token, String username, String displayName, char[] password);
}
