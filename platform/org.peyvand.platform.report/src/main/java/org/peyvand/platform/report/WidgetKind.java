package org.peyvand.platform.report;

/** How a dashboard shows a report. */
public enum WidgetKind {
    /** The report's chart, or its table when it has none. */
    CHART,
    /**
     * One figure, the report's only aggregate without groups, with its change against the previous
     * period when the report filters a date by a period.
     */
    KPI,
    /** The report's first rows. */
    LIST
}
