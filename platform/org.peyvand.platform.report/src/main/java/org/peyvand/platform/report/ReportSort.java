package org.peyvand.platform.report;

/** Orders the result by one of its columns, counted from 0 over the groups and then the columns. */
public record ReportSort(int column, boolean descending) {
}
