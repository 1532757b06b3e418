package org.peyvand.module.visits.internal.views;

import java.util.HashMap;
import java.util.Map;

import org.peyvand.module.visits.Visit;
import org.peyvand.module.visits.VisitQuery;
import org.peyvand.module.visits.VisitService;
import org.peyvand.module.visits.internal.Permissions;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ListScreen;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.themes.ValoTheme;

/** Visits: search by purpose, a keyset-paged grid with Jalali dates for Persian users, new and open in the editor. */
final class VisitsScreen extends ListScreen<Visit> {
    private static final long serialVersionUID = 1L;

    private final transient VisitService visits;
    private final transient CustomFields custom;
    private final transient RecordLookups lookups;
    /** The names of the accounts on the pages read so far, read once per page. */
    private final Map<Long, String> accountNames = new HashMap<>();

    VisitsScreen(UiContext context, VisitService visits, CustomFields custom, RecordLookups lookups) {
        super(context, "visits.menu", "visits.count", VisitService.SORT_DATE);
        this.visits = visits;
        this.custom = custom;
        this.lookups = lookups;
        setId("view-visits");

        grid.addColumn(v -> context.format().date(v.visitDate())).setId("visitDate").setCaption(label("visits.field.visitDate"))
                .setSortProperty(VisitService.SORT_DATE);
        grid.addColumn(v -> accountNames.getOrDefault(v.accountId(), context.format().digits(String.valueOf(v.accountId())))).setId("accountId")
                .setCaption(label("visits.field.accountId")).setSortable(false);
        grid.addColumn(Visit::visitor).setId("visitor").setCaption(label("visits.field.visitor")).setSortable(false);
        grid.addColumn(Visit::purpose).setId("purpose").setCaption(label("visits.field.purpose")).setSortable(false);
        columnsAdded("visitDate");

        Button create = new Button(label("ui.action.new"), VaadinIcons.PLUS);
        create.setId("visit-new");
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        create.addClickListener(e -> edit(null));
        addAction(create);
    }

    @Override
    protected Page<Visit> page(String query, PageRequest request) {
        Page<Visit> page = visits.list(context.caller(), VisitQuery.text(query), request);
        try {
            lookups.names(context.caller(), Permissions.ACCOUNT, page.items().stream().map(v -> String.valueOf(v.accountId())).toList())
                    .forEach((id, name) -> accountNames.put(Long.valueOf(id), name));
        } catch (CrmException unavailable) {
            // without the accounts module, or the right to look accounts up, the column shows ids
        }
        return page;
    }

    @Override
    protected long count(String query) {
        return visits.count(context.caller(), VisitQuery.text(query));
    }

    @Override
    protected void open(Visit row) {
        edit(row);
    }

    @Override
    protected void openById(long id) {
        try {
            edit(visits.get(context.caller(), id));
        } catch (CrmException e) {
            context.showError(e);
        }
    }

    private void edit(Visit visit) {
        getUI().addWindow(new VisitEditor(context, visits, custom, lookups, visit, this::refresh));
    }

    private String label(String key) {
        return context.messages().get(key);
    }
}
