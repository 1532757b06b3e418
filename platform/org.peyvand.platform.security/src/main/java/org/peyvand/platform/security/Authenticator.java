package org.peyvand.platform.security;

import java.util.Optional;

import javax.security.auth.Subject;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Logs people in against the user store: password, lockout with back-off and, for users who
 * enrolled, the one-time code. The workspace, REST and the shell (through the JAAS realm) all
 * come here, and every attempt is audited.
 */
@ProviderType
public interface Authenticator {

    /** @param otpCode the current code of the user's authenticator app, or {@code null} when not asked yet */
    LoginOutcome login(String username, char[] password, String otpCode);

    /** The caller of an already authenticated JAAS subject (a shell session), if its user may still log in. */
    Optional<Caller> fromSubject(Subject subject);

    /**
     * The caller that work a user set going earlier (a scheduled report) runs as, with their rights
     * as they are now, while the user may still log in.
     */
    Optional<Caller> actingFor(String username);
}
