package org.peyvand.platform.report;

/**
 * A column of a report: a field as it is, or an aggregate of it over each group ({@code COUNT}
 * needs no field).
 */
public record ReportColumn(String field, Aggregate aggregate) {

    public static ReportColumn of(String field) {
        return new ReportColumn(field, null);
    }

    public static ReportColumn count() {
        return new ReportColumn(null, Aggregate.COUNT);
    }

    public boolean aggregated() {
        return aggregate != null;
    }
}
