package org.peyvand.platform.report;

/** A grouping of the records: by a field's value, or by a date field's day, week, month ... */
public record ReportGroup(String field, DateBucket bucket) {

    public static ReportGroup of(String field) {
        return new ReportGroup(field, null);
    }
}
