package org.peyvand.ui.report.internal;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.peyvand.platform.report.ReportResult;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Grids;

import com.vaadin.ui.Grid;

/** A result's rows as a grid, by their index, the columns in the reading direction. */
final class ResultGrid {

    private ResultGrid() {
    }

    /**
     * @param drill what a click on a grouped row (a sub-total) does: open its records; null when rows are records
     * @param height the most rows shown before the grid scrolls
     */
    static Grid<Integer> of(UiContext context, ReportResult result, ResultText text, IntConsumer drill, int height) {
        Grid<Integer> grid = new Grid<>();
        grid.setId("report-result");
        grid.addStyleName("crm-report-result");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(result.rows().size(), height)));
        for (int c = 0; c < result.columns().size(); c++) {
            int column = c;
            grid.addColumn(r -> text.cell(result.columns().get(column), result.rows().get(r).get(column)))
                    .setId("c" + c).setCaption(text.heading(result.columns().get(c))).setSortable(false);
        }
        grid.setItems(IntStream.range(0, result.rows().size()).boxed().toList());
        if (drill != null) {
            grid.setDescription(context.messages().get("report.ui.drillHint"));
            grid.addItemClickListener(e -> drill.accept(e.getItem()));
        }
        Grids.orderColumns(grid, context.rightToLeft());
        return grid;
    }
}
