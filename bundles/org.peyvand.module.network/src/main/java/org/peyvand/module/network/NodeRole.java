package org.peyvand.module.network;

import java.util.Locale;

/** What an organisation is in the sales network. */
public enum NodeRole {
    HEAD_OFFICE, SUBSIDIARY, AGENCY, DISTRIBUTION_CENTRE, SALES_CENTRE;

    /** Agencies and sales centres are graded by the administrators' classes; the others are not. */
    public boolean classified() {
        return this == AGENCY || this == SALES_CENTRE;
    }

    /** The i18n key of its name, {@code network.role.<NAME>}. */
    public String labelKey() {
        return "network.role." + name();
    }

    /** @return the role named, in any case and with hyphens or underscores; {@code null} for anything else */
    public static NodeRole of(String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (NodeRole role : values()) {
            if (role.name().equals(wanted)) {
                return role;
            }
        }
        return null;
    }
}
