package org.peyvand.ui.report.internal;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.ReportDefinition;

/** A report's title in the user's language (or the other one), "Untitled" for a report without one. */
final class Titles {

    private Titles() {
    }

    static String of(ReportDefinition definition, String language, Messages messages) {
        String title = definition.title() == null ? "" : definition.title().in(language);
        return title.isBlank() ? messages.get("report.ui.untitled") : title;
    }
}
