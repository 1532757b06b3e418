package org.peyvand.platform.report;

import org.peyvand.platform.form.LocalizedText;

/**
 * A tile of a dashboard, in the order the dashboard lists them.
 *
 * @param report the key of a saved report or a module's
 * @param title shown instead of the report's when given
 * @param width how many of the dashboard's four columns it spans, 1 to 4; 1 when not given
 */
public record DashboardWidget(WidgetKind kind, String report, LocalizedText title, Integer width) {

    public static final int COLUMNS = 4;

    public int span() {
        return width == null ? 1 : width;
    }
}
