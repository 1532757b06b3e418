package org.peyvand.ui.report.internal;

import java.util.stream.IntStream;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportType;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Grids;

import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;

/**
 * The records behind a figure of a report, in a window over the builder; a double click opens one
 * on its screen, when the user may open records of its type.
 */
final class DrillDownWindow {

    private DrillDownWindow() {
    }

    /** Opens the records behind a grouped row of a result, when the report can tell them apart. */
    static void openRow(UiContext context, ReportServices services, ReportDefinition shown, ReportType type, ReportResult result, int row) {
        if (result == null || shown == null || type == null || row < 0 || row >= result.rows().size()
                || !DrillDown.possible(shown, result.columns())) {
            return;
        }
        ResultText text = ResultText.of(result, true, context.messages(), context.format(), (t, keys) -> services.names(context, t, keys));
        String label = String.join(" · ", text.row(result.columns(), result.rows().get(row)).subList(0, DrillDown.groups(shown, result.columns())));
        ReportDefinition records = DrillDown.of(shown, type, result.columns(), result.rows().get(row));
        context.call(() -> services.reports().run(context.caller(), records))
                .ifPresent(found -> open(context, services, records.recordType(), label, found));
    }

    private static void open(UiContext context, ReportServices services, String recordType, String group, ReportResult records) {
        Messages messages = context.messages();
        Window window = new Window(messages.get("report.ui.drill.title", group));
        window.setId("report-drill");
        window.setModal(true);
        window.setWidth("900px");
        window.addStyleName("crm-dialog");
        ResultText text = ResultText.of(records, false, messages, context.format(), (t, keys) -> services.names(context, t, keys));
        Grid<Integer> grid = new Grid<>();
        grid.setId("report-drill-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(records.rows().size(), 15)));
        boolean ids = !records.columns().isEmpty() && DrillDown.ID.equals(records.columns().get(0).field());
        for (int c = ids ? 1 : 0; c < records.columns().size(); c++) {
            int column = c;
            grid.addColumn(r -> text.cell(records.columns().get(column), records.rows().get(r).get(column)))
                    .setId("c" + c).setCaption(text.heading(records.columns().get(c))).setSortable(false);
        }
        grid.setItems(IntStream.range(0, records.rows().size()).boxed().toList());
        Grids.orderColumns(grid, context.rightToLeft());
        if (ids && context.opens(recordType)) {
            grid.addItemClickListener(e -> {
                if (e.getMouseEventDetails().isDoubleClick()) {
                    window.close();
                    context.openRecord(recordType, String.valueOf(records.rows().get(e.getItem()).get(0)));
                }
            });
        }
        Label total = new Label(messages.get(records.truncated() ? "report.ui.drill.truncated" : "report.ui.drill.total",
                context.format().number(records.rows().size())));
        total.setId("report-drill-total");
        VerticalLayout content = new VerticalLayout(total, grid);
        window.setContent(content);
        UI.getCurrent().addWindow(window);
    }
}
