package org.peyvand.ui.report.internal.chart;

import java.util.function.IntConsumer;

import com.vaadin.annotations.JavaScript;
import com.vaadin.ui.AbstractJavaScriptComponent;

/**
 * A report's chart drawn by Chart.js in the browser, served from this bundle next to this class:
 * bars, a line, a pie or a funnel (a horizontal bar from the largest value down), read from the
 * right for right-to-left languages, in the user's digits. A click on a bar, point or slice reports
 * the row of the result it draws.
 */
@JavaScript({ "chart.umd.min.js", "report-chart.js" })
public final class ReportChart extends AbstractJavaScriptComponent {
    private static final long serialVersionUID = 1L;

    private IntConsumer clickListener = row -> {
    };

    public ReportChart(boolean rightToLeft, String digits) {
        getState().rightToLeft = rightToLeft;
        getState().digits = digits;
        addStyleName("crm-report-chart");
        addFunction("clicked", arguments -> clickListener.accept((int) arguments.getNumber(0)));
    }

    public void show(ChartData data) {
        getState().kind = data.kind();
        getState().labels = data.labels();
        getState().series = data.series();
        getState().rows = data.rows();
        setVisible(!data.labels().isEmpty());
    }

    /** Hears of the row of the result the user clicked in the chart. */
    public void onClick(IntConsumer listener) {
        this.clickListener = listener;
    }

    @Override
    protected ReportChartState getState() {
        return (ReportChartState) super.getState();
    }
}
