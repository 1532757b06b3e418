package org.peyvand.platform.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.peyvand.platform.core.format.DisplayPreferences;

/** A person who can log in. The password hash and OTP secret never leave the store. */
public record UserAccount(long id, String username, String displayNameFa, String displayNameEn, String email, String mobile,
        long unitId, Set<String> roles, DisplayPreferences preferences, boolean active, boolean locked, boolean otpEnabled,
        int failedLogins, Instant blockedUntil, Instant lastLoginAt, Instant passwordChangedAt, Instant createdAt, long version) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public String displayName(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? displayNameFa : displayNameEn;
    }
}
