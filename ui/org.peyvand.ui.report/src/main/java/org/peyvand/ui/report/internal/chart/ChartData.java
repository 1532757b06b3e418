package org.peyvand.ui.report.internal.chart;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.peyvand.platform.report.ChartType;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ResultColumn;
import org.peyvand.ui.report.internal.ResultText;

/**
 * A grouped result as a chart draws it: a point per row, labelled by its groups' values, and a
 * series per aggregate or computed column. A funnel is the rows from the largest first value down; the other
 * kinds keep the result's order. Only grouped results with a numeric column are drawn.
 */
public record ChartData(String kind, List<String> labels, List<Series> series, List<Integer> rows) {

    /**
     * One aggregate column's values, in the order of the labels; public fields, as Vaadin sends a
     * component's state to the browser by its fields or bean properties.
     */
    public static final class Series implements Serializable {
        private static final long serialVersionUID = 1L;
        public String label;
        public List<Double> values;

        public Series() {
        }

        Series(String label, List<Double> values) {
            this.label = label;
            this.values = values;
        }
    }

    public static final ChartData NONE = new ChartData("none", List.of(), List.of(), List.of());

    /** @param groups how many of the result's columns hold its groups, which label the points */
    public static ChartData of(ChartType chart, int groups, ReportResult result, ResultText text) {
        List<ResultColumn> columns = result.columns();
        if (chart == ChartType.TABLE || groups == 0 || groups == columns.size() || result.rows().isEmpty()) {
            return NONE;
        }
        List<Integer> rows = new ArrayList<>(IntStream.range(0, result.rows().size()).boxed().toList());
        if (chart == ChartType.FUNNEL) {
            rows.sort(Comparator.comparingDouble((Integer r) -> number(result.rows().get(r).get(groups))).reversed());
        }
        List<String> labels = rows.stream().map(r -> label(columns, result.rows().get(r), groups, text)).toList();
        List<Series> series = new ArrayList<>();
        for (int c = groups; c < columns.size(); c++) {
            int column = c;
            series.add(new Series(text.heading(columns.get(c)), rows.stream().map(r -> number(result.rows().get(r).get(column))).toList()));
        }
        return new ChartData(chart.name().toLowerCase(Locale.ROOT), labels, series, rows);
    }

    private static String label(List<ResultColumn> columns, List<Object> row, int groups, ResultText text) {
        List<String> parts = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            parts.add(text.cell(columns.get(g), row.get(g)));
        }
        return String.join(" · ", parts);
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue();
        }
        return 0;
    }
}
