package org.peyvand.ui.workflow.internal;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Grids;
import org.peyvand.ui.kit.KeysetDataProvider;
import org.peyvand.ui.kit.KeysetSource;

import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;

/**
 * A grid that reads a keyset-paged list as it scrolls, with the list's total under it: for the
 * cartable boxes and the process instances. What the service refuses is shown, and reads as an
 * empty list.
 */
public final class KeysetGrid<T> extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final Grid<T> grid = new Grid<>();
    private final Label total = new Label();
    private final KeysetDataProvider<T> rows;

    /** @param sort the sort key the service pages by, newest or most urgent first as it decides */
    public KeysetGrid(UiContext context, String id, String sort, Function<PageRequest, Page<T>> pages, LongSupplier count) {
        this.context = context;
        setSizeFull();
        addStyleName("crm-keyset-grid");
        rows = new KeysetDataProvider<>(new KeysetSource<>() {
            @Override
            public Page<T> fetch(PageRequest request) {
                return context.call(() -> pages.apply(request)).orElse(new Page<>(List.of(), null));
            }

            @Override
            public long count() {
                long counted = context.call(count::getAsLong).orElse(0L);
                total.setValue(context.messages().get("workflow.ui.total", context.format().number(counted)));
                return counted;
            }
        }, sort);
        grid.setId(id);
        grid.setSizeFull();
        grid.addStyleName("crm-fill");
        grid.setDataProvider(rows);
        total.addStyleName("crm-muted");
        total.setId(id + "-total");
        addComponents(grid, total);
    }

    public Grid<T> grid() {
        return grid;
    }

    /** Call after adding the columns: puts them in reading order for the user's language. */
    public void columnsAdded() {
        grid.getColumns().forEach(c -> c.setSortable(false));
        Grids.orderColumns(grid, context.rightToLeft());
    }

    /** Reads the list and its total again from the start. */
    public void reload() {
        rows.refreshAll();
    }
}
