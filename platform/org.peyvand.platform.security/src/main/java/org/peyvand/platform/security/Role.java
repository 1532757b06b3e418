package org.peyvand.platform.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A role: the permissions it grants, the scope of records it sees per record type (types without
 * a setting: all), and the fields it hides or shows read-only. Built-in roles cannot be removed.
 */
public record Role(String name, String labelFa, String labelEn, boolean builtIn, boolean otpRequired, Set<String> permissions,
        Map<String, RecordScope.Level> scopes, List<FieldRule> fieldRules, long version) {

    public Role {
        permissions = Set.copyOf(permissions);
        scopes = Map.copyOf(scopes);
        fieldRules = List.copyOf(fieldRules);
    }

    /** A field of a record type the role hides or shows read-only. */
    public record FieldRule(String objectType, String field, FieldAccess.Access access) {
    }

    public String label(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? labelFa : labelEn;
    }
}
