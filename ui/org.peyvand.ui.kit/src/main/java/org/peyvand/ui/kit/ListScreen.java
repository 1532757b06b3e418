package org.peyvand.ui.kit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.ui.api.UiContext;

import com.vaadin.data.provider.GridSortOrder;
import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.event.ShortcutListener;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.shared.Registration;
import com.vaadin.shared.data.sort.SortDirection;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;

/**
 * The list screen every record type shares: a title, a Persian-aware search box, actions, and a
 * keyset-paged grid with the total count, and Excel and PDF exports of what it shows where the
 * list names its record type's fields. The address {@code <view>/<id>} opens one record, which is
 * how global search results land here.
 */
public abstract class ListScreen<T> extends CssLayout implements View {
    private static final long serialVersionUID = 1L;
    private static final int MIN_COLUMN_WIDTH = 120;
    /**
     * Scrolls a grid wider than the screen to its right-hand end, where the first column is, and
     * keeps it there while the grid settles its column widths (up to 3 s).
     */
    private static final String SCROLL_TO_START_RTL = "(function(){var n=0,kept=0;var t=setInterval(function(){"
            + "var s=document.querySelector('#list-grid .v-grid-scroller-horizontal');n++;"
            + "if(s&&s.scrollWidth>s.clientWidth){var end=s.scrollWidth-s.clientWidth;"
            + "if(s.scrollLeft<end-1){s.scrollLeft=end;kept=0;}else{kept++;}}"
            + "if(kept>5||n>30){clearInterval(t);}},100);})();";

    protected final transient UiContext context;
    protected final Grid<T> grid = new Grid<>();
    private final Label title = new Label();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final CssLayout actions = new CssLayout();
    private final KeysetDataProvider<T> rows;
    private final String countKey;
    private String query;

    protected ListScreen(UiContext context, String titleKey, String countKey, String defaultSort) {
        this.context = context;
        this.countKey = countKey;
        addStyleName("crm-page");
        setSizeFull();

        title.setValue(context.messages().get(titleKey));
        title.setId("list-title");
        title.addStyleName("crm-page-title");
        search.setId("list-search");
        search.setPlaceholder(context.messages().get("ui.action.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(350);
        search.addValueChangeListener(e -> filter(e.getValue()));
        search.addShortcutListener(new ShortcutListener("filter", KeyCode.ENTER, null) {
            private static final long serialVersionUID = 1L;

            @Override
            public void handleAction(Object sender, Object target) {
                if (target == search) {
                    filter(search.getValue());
                }
            }
        });
        search.addStyleName("crm-grow");
        actions.addStyleName("crm-row");
        count.addStyleName("crm-muted");
        count.setId("list-count");
        CssLayout toolbar = new CssLayout(title, search, actions, count);
        toolbar.addStyleName("crm-row");

        rows = new KeysetDataProvider<>(new KeysetSource<>() {
            @Override
            public Page<T> fetch(PageRequest request) {
                return page(query, request);
            }

            @Override
            public long count() {
                long total = ListScreen.this.count(query);
                count.setValue(context.messages().get(countKey, context.format().number(total)));
                return total;
            }
        }, defaultSort);
        grid.setDataProvider(rows);
        grid.setSizeFull();
        grid.addStyleName("crm-fill");
        grid.setId("list-grid");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::open));
        if (context.rightToLeft()) {
            // where the grid is narrower than its columns, start at the right, with the first column
            grid.addAttachListener(e -> com.vaadin.server.Page.getCurrent().getJavaScript().execute(SCROLL_TO_START_RTL));
        }
        addComponents(toolbar, grid);
    }

    /**
     * Shares the width among the columns (long values end in an ellipsis rather than pushing
     * columns out of sight) and puts them in reading order for the user's language; call after
     * adding them.
     */
    protected void columnsAdded(String initialSortColumn) {
        grid.getColumns().forEach(column -> column.setMinimumWidthFromContent(false).setMinimumWidth(MIN_COLUMN_WIDTH)
                .setExpandRatio(1).setHidable(true));
        Grids.orderColumns(grid, context.rightToLeft());
        if (initialSortColumn != null) {
            grid.setSortOrder(java.util.List.of(new GridSortOrder<>(grid.getColumn(initialSortColumn), SortDirection.ASCENDING)));
        }
    }

    /** Removes the columns of fields the caller's roles hide (column ids are field names). */
    protected void removeHiddenColumns(FieldAccess access) {
        access.hidden().forEach(field -> {
            if (grid.getColumn(field) != null) {
                grid.removeColumn(field);
            }
        });
    }

    /** Titles the screen with a text rather than an i18n key: for record types users name. */
    protected void retitle(String text) {
        title.setValue(text);
    }

    protected void addAction(Component action) {
        actions.addComponent(action);
    }

    /**
     * Gives the list Excel and PDF buttons when the user may export reports: they export the records
     * of {@code recordType} the search finds, titled as the list, with the columns the user sees in
     * their reading order, each as the report fields {@code fields} gives for its column id (none
     * leaves it out).
     */
    protected void addExports(ReportExports exports, AccessGuard guard, String recordType, Function<String, List<String>> fields) {
        if (!guard.allows(context.caller(), ReportPermissions.EXPORT)) {
            return;
        }
        addAction(exportButton(context.messages().get("kit.export.xlsx"), VaadinIcons.FILE_TABLE, "list-export-xlsx",
                () -> ExportWindow.start(context, exports, shown(recordType, fields), ExportFormat.XLSX)));
        addAction(exportButton(context.messages().get("kit.export.pdf"), VaadinIcons.FILE_TEXT_O, "list-export-pdf",
                () -> ExportWindow.start(context, exports, shown(recordType, fields), ExportFormat.PDF)));
    }

    private Button exportButton(String caption, VaadinIcons icon, String id, Runnable export) {
        Button button = new Button(caption, icon);
        button.setId(id);
        button.addClickListener(e -> {
            try {
                export.run();
            } catch (RuntimeException refused) {
                context.showError(refused);
            }
        });
        return button;
    }

    /** The list as a report: its title, the columns the user sees in reading order, and the search typed. */
    ReportDefinition shown(String recordType, Function<String, List<String>> fields) {
        List<Grid.Column<T, ?>> columns = new ArrayList<>(grid.getColumns());
        if (context.rightToLeft()) {
            // laid out last first (Grids.orderColumns), so the first column is read at the right
            Collections.reverse(columns);
        }
        List<ReportColumn> shown = columns.stream().filter(column -> !column.isHidden()).flatMap(column -> fields.apply(column.getId()).stream())
                .map(ReportColumn::of).toList();
        List<ReportFilter> filters = query == null ? List.of() : List.of(new ReportFilter(null, FilterOperator.SEARCH, List.of(query), null));
        String text = title.getValue();
        return new ReportDefinition(null, LocalizedText.of(text, text), recordType, List.of(), shown, filters, List.of(), null);
    }

    protected abstract Page<T> page(String query, PageRequest request);

    protected abstract long count(String query);

    /** Opens the editor of a row the user chose. */
    protected abstract void open(T row);

    /** Opens the record with this id, if it exists, from the address. */
    protected abstract void openById(long id);

    /** The current search text, for exports of "what I see". */
    protected String query() {
        return query;
    }

    /** Reloads after a change: counts and pages start over. */
    public void refresh() {
        grid.deselectAll();
        rows.refreshAll();
    }

    @Override
    public void enter(ViewChangeEvent event) {
        String parameter = event.getParameters();
        if (parameter != null && parameter.matches("\\d{1,18}")) {
            long id = Long.parseLong(parameter);
            if (getUI() != null) {
                openById(id);
            } else {
                // the workspace rebuilt after a language switch enters the screen before showing it,
                // and an editor window needs the UI it is shown in
                Registration[] once = new Registration[1];
                once[0] = addAttachListener(attached -> {
                    once[0].remove();
                    openById(id);
                });
            }
        }
        search.focus();
    }

    private void filter(String text) {
        String next = text == null || text.isBlank() ? null : text.trim();
        if (next == null ? query != null : !next.equals(query)) {
            query = next;
            refresh();
        }
    }
}
