package org.peyvand.platform.security;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.peyvand.platform.core.format.DisplayPreferences;

/**
 * The authenticated person behind a request, a screen or a shell session. Every service
 * method takes one, so permission checks, record scopes and audit see the same identity in
 * every face.
 *
 * @param unitId the org unit the user belongs to; records the user creates belong to it
 * @param tokenPermissions when the caller came with a personal API token, the permissions the token
 *        was limited to; {@code null} for a login
 */
public record Caller(String username, long unitId, Set<String> roles, DisplayPreferences preferences, Set<String> tokenPermissions) {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(preferences, "preferences");
        tokenPermissions = tokenPermissions == null ? null : Set.copyOf(tokenPermissions);
    }

    public Caller(String username, long unitId, Set<String> roles, DisplayPreferences preferences) {
        this(username, unitId, roles, preferences, null);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdministrator() {
        return roles.contains(Roles.ADMINISTRATOR);
    }

    public Locale locale() {
        return preferences.locale();
    }

    public Caller withPreferences(DisplayPreferences newPreferences) {
        return new Caller(username, unitId, roles, newPreferences, tokenPermissions);
    }
}
