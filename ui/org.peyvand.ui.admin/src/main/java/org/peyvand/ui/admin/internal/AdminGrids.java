package org.peyvand.ui.admin.internal;

import org.peyvand.ui.kit.Grids;

import com.vaadin.ui.Grid;

/** The column conventions of the list screens, for the grids of these screens. */
public final class AdminGrids {
    private static final int MIN_COLUMN_WIDTH = 110;

    private AdminGrids() {
    }

    /**
     * Shares the width among the columns that have no fixed width, so long values end in an
     * ellipsis instead of pushing columns out of sight, and puts the columns in reading order;
     * call after adding them. Where the columns do not fit, the first one stays in sight.
     */
    public static void columnsAdded(Grid<?> grid, boolean rightToLeft) {
        grid.getColumns().stream().filter(c -> c.getWidth() < 0).forEach(column -> column.setMinimumWidthFromContent(false)
                .setMinimumWidth(MIN_COLUMN_WIDTH).setExpandRatio(1));
        Grids.orderColumns(grid, rightToLeft);
        FirstColumnInSight.keep(grid, rightToLeft);
    }
}
