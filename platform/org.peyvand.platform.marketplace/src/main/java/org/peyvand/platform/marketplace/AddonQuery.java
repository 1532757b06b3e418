package org.peyvand.platform.marketplace;

/**
 * Which add-ons to list: words in their names, descriptions, vendor or id (Persian-normalised), a
 * category, and only installed ones; each part is left out when {@code null}.
 */
public record AddonQuery(String text, String category, Boolean installed) {
    public static final AddonQuery ALL = new AddonQuery(null, null, null);
}
