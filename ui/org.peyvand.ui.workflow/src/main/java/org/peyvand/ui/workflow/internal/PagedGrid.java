package org.peyvand.ui.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Grids;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;

/**
 * A grid read a keyset page at a time, with a button for the next page: for the lists whose
 * services give no total count (cartable boxes, process instances).
 */
public final class PagedGrid<T> extends CssLayout {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    private final transient UiContext context;
    private final transient Function<PageRequest, Page<T>> source;
    private final String sort;
    private final Grid<T> grid = new Grid<>();
    private final List<T> rows = new ArrayList<>();
    private final Label shown = new Label();
    private final Button more;
    private String cursor;

    /** @param sort the sort key the service pages by, newest or most urgent first as it decides */
    public PagedGrid(UiContext context, String id, String sort, Function<PageRequest, Page<T>> source) {
        this.context = context;
        this.source = source;
        this.sort = sort;
        setSizeFull();
        addStyleName("crm-paged-grid");
        grid.setId(id);
        grid.setSizeFull();
        grid.addStyleName("crm-fill");
        grid.setItems(rows);
        more = Buttons.of(context.messages().get("workflow.ui.more"), VaadinIcons.ANGLE_DOUBLE_DOWN, e -> next());
        more.setId(id + "-more");
        shown.addStyleName("crm-muted");
        shown.setId(id + "-shown");
        CssLayout footer = new CssLayout(shown, more);
        footer.addStyleName("crm-row");
        addComponents(grid, footer);
    }

    public Grid<T> grid() {
        return grid;
    }

    /** Call after adding the columns: puts them in reading order for the user's language. */
    public void columnsAdded() {
        grid.getColumns().forEach(c -> c.setSortable(false));
        Grids.orderColumns(grid, context.rightToLeft());
    }

    /** Reads the first page again. */
    public void reload() {
        rows.clear();
        cursor = null;
        next();
    }

    private void next() {
        ServiceCalls.call(context, () -> source.apply(new PageRequest(cursor, PAGE_SIZE, sort, false))).ifPresent(page -> {
            rows.addAll(page.items());
            cursor = page.nextCursor();
            grid.getDataProvider().refreshAll();
            more.setVisible(page.hasNext());
            shown.setValue(context.messages().get("workflow.ui.shown", context.format().number(rows.size())));
        });
    }
}
