package org.peyvand.platform.security;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The signed-in sessions of the workspace and the shell, so administrators can list and end them
 * and a user can log out everywhere. Credentials the REST server remembers are dropped too.
 */
@ProviderType
public interface SessionRegistry {

    /**
     * Registers a session; {@code end} is run when it is killed.
     *
     * @param channel "web" or "ssh"
     * @return the session's id
     */
    String opened(Caller caller, String channel, String address, Runnable end);

    void closed(String id);

    /** Needs {@code platform.session.manage}. */
    List<Info> list(Caller caller);

    /** Ends one session; needs {@code platform.session.manage}; audited. */
    void kill(Caller caller, String id);

    /** Ends every session of the caller, and makes remembered REST credentials log in afresh. */
    void logoutEverywhere(Caller caller);

    /** A user's password, lock or tokens changed: remembered REST logins of the user log in afresh. */
    void credentialsChanged(String username);

    /** Ends every session of a user (locked or deactivated), and drops remembered logins. */
    void endSessionsOf(String username);

    /** Whether a login of {@code username} made at {@code at} still counts (no logout everywhere since). */
    boolean stillValid(String username, Instant at);

    record Info(String id, String username, String channel, String address, Instant openedAt) {
    }
}
