package org.peyvand.platform.security;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A permission a module declares in {@code CRM-INF/permissions/*.json}:
 * {@code <module>.<object>.<action>}, its label per language and the roles granted it by default.
 */
public record PermissionDefinition(String id, String module, Map<String, String> labels, Set<String> defaultRoles) {

    public PermissionDefinition {
        labels = Map.copyOf(labels);
        defaultRoles = Set.copyOf(defaultRoles);
    }

    public String label(Locale locale) {
        return labels.getOrDefault(locale.getLanguage(), labels.getOrDefault("en", id));
    }
}
