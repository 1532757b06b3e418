package org.peyvand.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.format.DisplayPreferences;

/**
 * Users of the CRM. Managing others needs {@code platform.user.manage}; every change is audited.
 * Passwords must pass the password policy; a user never changes their own roles or lock.
 */
@ProviderType
public interface UserService {

    /** Users whose username or display name contains {@code text} (all when blank), by username. */
    List<UserAccount> list(Caller caller, String text);

    UserAccount get(Caller caller, String username);

    /** The caller's own account; needs no permission. */
    UserAccount me(Caller caller);

    /** Active users whose username or name contains {@code text}, by username: names only, for pickers. */
    List<Colleague> directory(Caller caller, String text, int limit);

    /** The users among {@code usernames}, active or not: names only, to show who a stored value names. */
    List<Colleague> colleagues(Caller caller, Collection<String> usernames);

    UserAccount create(Caller caller, String username, UserInput input, char[] password, Set<String> roles);

    UserAccount update(Caller caller, String username, UserInput input, long expectedVersion);

    /** Changes the caller's own display settings (language, calendar, digits, money unit). */
    UserAccount updateMyPreferences(Caller caller, DisplayPreferences preferences);

    UserAccount setRoles(Caller caller, String username, Set<String> roles);

    UserAccount setLocked(Caller caller, String username, boolean locked);

    UserAccount setActive(Caller caller, String username, boolean active);

    /** An administrator sets another user's password. */
    void resetPassword(Caller caller, String username, char[] newPassword);

    /** The caller changes their own password, proving the current one. */
    void changeMyPassword(Caller caller, char[] currentPassword, char[] newPassword);
}
