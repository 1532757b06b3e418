package org.peyvand.platform.report;

/** How a report's result is drawn. */
public enum ChartType {
    TABLE, BAR, LINE, PIE, FUNNEL
}
