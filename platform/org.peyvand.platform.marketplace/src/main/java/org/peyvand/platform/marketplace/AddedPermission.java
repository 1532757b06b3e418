package org.peyvand.platform.marketplace;

import java.util.Locale;
import java.util.Map;

/** A permission an add-on brings, shown to the administrator before they confirm its install. */
public record AddedPermission(String id, Map<String, String> labels) {

    public AddedPermission {
        labels = Map.copyOf(labels);
    }

    public String label(Locale locale) {
        return labels.getOrDefault(locale.getLanguage(), labels.getOrDefault("en", id));
    }
}
