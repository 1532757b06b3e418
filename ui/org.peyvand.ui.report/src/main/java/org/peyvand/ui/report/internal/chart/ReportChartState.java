package org.peyvand.ui.report.internal.chart;

import java.util.List;

import com.vaadin.shared.ui.JavaScriptComponentState;

/** What the browser side of {@link ReportChart} draws. */
public class ReportChartState extends JavaScriptComponentState {
    private static final long serialVersionUID = 1L;

    /** {@code bar}, {@code line}, {@code pie} or {@code funnel}; {@code none} draws nothing. */
    public String kind = "none";

    /** Each point's label, already in the user's words and digits. */
    public List<String> labels = List.of();

    public List<ChartData.Series> series = List.of();

    /** The row of the result each point draws, which a click reports back. */
    public List<Integer> rows = List.of();

    /** Axes, legend and tooltips read from the right. */
    public boolean rightToLeft;

    /** The ten digits numbers are written with: "0123456789" or "۰۱۲۳۴۵۶۷۸۹". */
    public String digits = "0123456789";
}
