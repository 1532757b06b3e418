package org.peyvand.platform.report.internal.library;

/** What a row of rpt_definition holds, with how its keys begin and how the audit trail names it. */
public enum LibraryKind {
    REPORT("report.", "platform.report", "report.error.unknownReport"),
    DASHBOARD("dashboard.", "platform.dashboard", "report.error.unknownDashboard");

    private final String prefix;
    private final String objectType;
    private final String notFound;

    LibraryKind(String prefix, String objectType, String notFound) {
        this.prefix = prefix;
        this.objectType = objectType;
        this.notFound = notFound;
    }

    /** Keys of saved ones begin so; modules' keys never do. */
    public String prefix() {
        return prefix;
    }

    String objectType() {
        return objectType;
    }

    String notFound() {
        return notFound;
    }
}
