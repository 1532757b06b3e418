package org.peyvand.platform.security;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.peyvand.platform.core.format.DisplayPreferences;

/**
 * The authenticated person behind a request, a screen or a shell session. Every service
 * method takes one, so permission checks and audit see the same identity in every face.
 */
public record Caller(String username, Set<String> roles, DisplayPreferences preferences) {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(preferences, "preferences");
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
        return new Caller(username, roles, newPreferences);
    }
}
