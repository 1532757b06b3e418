package org.peyvand.ui.workflow.internal.cartable;

import java.util.List;
import java.util.function.LongFunction;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.TrailStep;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Grids;
import org.peyvand.ui.workflow.internal.Moments;

import com.vaadin.ui.Grid;

/** Every hop of an item across people and units: when, what, who, to whom, and what they said. */
final class TrailGrid {

    private TrailGrid() {
    }

    static Grid<TrailStep> of(UiContext context, String id, List<TrailStep> steps, LongFunction<String> unitName) {
        Messages messages = context.messages();
        Grid<TrailStep> grid = new Grid<>();
        grid.setId(id);
        grid.setWidth("100%");
        grid.addColumn(s -> Moments.show(context, s.at())).setCaption(messages.get("workflow.ui.trail.at"));
        grid.addColumn(s -> messages.get("workflow.ui.trail.action." + s.action())).setCaption(messages.get("workflow.ui.trail.action"));
        grid.addColumn(TrailStep::actor).setCaption(messages.get("workflow.ui.trail.actor"));
        grid.addColumn(s -> s.toUser() != null ? s.toUser() : s.toUnit() != null ? unitName.apply(s.toUnit()) : "")
                .setCaption(messages.get("workflow.ui.trail.to"));
        grid.addColumn(s -> s.comment() == null ? "" : s.comment()).setCaption(messages.get("workflow.ui.trail.comment"));
        // the columns share the width, so the trail fits a record's window without scrolling sideways
        int[] ratios = {2, 2, 1, 1, 3};
        for (int i = 0; i < ratios.length; i++) {
            grid.getColumns().get(i).setSortable(false).setMinimumWidthFromContent(false).setExpandRatio(ratios[i]);
        }
        Grids.orderColumns(grid, context.rightToLeft());
        grid.setItems(steps);
        grid.setHeightByRows(Math.max(1, Math.min(steps.size(), 8)));
        return grid;
    }
}
