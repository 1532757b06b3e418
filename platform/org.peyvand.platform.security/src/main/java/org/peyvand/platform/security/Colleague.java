package org.peyvand.platform.security;

import java.util.Locale;

/** What every member of staff may know of another user: who they are, for pickers and lists. */
public record Colleague(String username, String displayNameFa, String displayNameEn, boolean active) {

    public String displayName(Locale locale) {
        String preferred = "fa".equals(locale.getLanguage()) ? displayNameFa : displayNameEn;
        return preferred == null || preferred.isBlank() ? username : preferred;
    }
}
