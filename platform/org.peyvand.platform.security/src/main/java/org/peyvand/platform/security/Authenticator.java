package org.peyvand.platform.security;

import java.util.Optional;

import javax.security.auth.Subject;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.format.DisplayPreferences;

/** Checks credentials against the configured JAAS realm, the same one the shell uses. */
@ProviderType
public interface Authenticator {

    Optional<Caller> authenticate(String username, char[] password, DisplayPreferences preferences);

    /** The caller of an already authenticated JAAS subject (a shell session), if it has a user. */
    Optional<Caller> fromSubject(Subject subject, DisplayPreferences preferences);
}
