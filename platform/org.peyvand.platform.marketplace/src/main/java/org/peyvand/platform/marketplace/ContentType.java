package org.peyvand.platform.marketplace;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an add-on's artifact holds; it chooses the handler that installs it. */
public enum ContentType {
    /** A KAR with the features of a module (or a feature of the distribution). */
    MODULE(true),
    /** One OSGi bundle. */
    BUNDLE(true),
    /** Form templates: JSON, no code. */
    FORM(false),
    /** Process templates: BPMN, no code. */
    WORKFLOW(false),
    /** Report definitions and dashboards: JSON, no code. */
    REPORT(false),
    /** Message files for a language: no code. */
    TRANSLATION(false);

    private final boolean runsCode;

    ContentType(boolean runsCode) {
        this.runsCode = runsCode;
    }

    public boolean runsCode() {
        return runsCode;
    }

    /** The name catalogs use: the constant in lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContentType> ofWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(name)).findFirst();
    }
}
