package org.peyvand.ui.kit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.ui.Grid;
import com.vaadin.ui.Grid.Column;

/** Grid conventions of the workspace. */
public final class Grids {

    private Grids() {
    }

    /**
     * Vaadin's grid lays its columns out left to right whatever the page direction, so in a
     * right-to-left language the first column is put last to read from the right.
     */
    public static void orderColumns(Grid<?> grid, boolean rightToLeft) {
        if (!rightToLeft) {
            return;
        }
        List<Column<?, ?>> columns = new ArrayList<>(grid.getColumns());
        Collections.reverse(columns);
        grid.setColumnOrder(columns.toArray(new Column[0]));
    }
}
