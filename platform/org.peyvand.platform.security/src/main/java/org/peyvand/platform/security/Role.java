package org.peyvand.platform.security;

import java.util.Locale;
import java.util.Set;

/** A role and the permissions it grants; built-in roles cannot be removed. */
public record Role(String name, String labelFa, String labelEn, boolean builtIn, boolean otpRequired, Set<String> permissions,
        long version) {

    public Role {
        permissions = Set.copyOf(permissions);
    }

    public String label(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? labelFa : labelEn;
    }
}
