package org.peyvand.platform.report;

/** The kernel's report permissions; a report also needs the read permission of its record type. */
public final class ReportPermissions {
    public static final String READ = "platform.report.read";
    public static final String DESIGN = "platform.report.design";
    public static final String EXPORT = "platform.report.export";

    private ReportPermissions() {
    }
}
