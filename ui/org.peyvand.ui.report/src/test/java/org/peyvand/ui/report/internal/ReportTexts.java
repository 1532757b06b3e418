package org.peyvand.ui.report.internal;

import org.peyvand.platform.testing.FileMessages;

/** The texts the report screens show: their own, the report kernel's and the kit's, in one language. */
public final class ReportTexts {
    public static final FileMessages PERSIAN = FileMessages.persian("report-ui", "report", "kit");
    public static final FileMessages ENGLISH = FileMessages.english("report-ui", "report", "kit");

    private ReportTexts() {
    }
}
