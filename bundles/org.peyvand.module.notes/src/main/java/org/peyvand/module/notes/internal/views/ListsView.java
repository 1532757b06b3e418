package org.peyvand.module.notes.internal.views;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.notes.ListService;
import org.peyvand.module.notes.internal.Permissions;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.report.ReportService;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The marketing lists screen in the workspace menu, for users who may read lists. */
@Component(service = CrmView.class)
@MenuItem(id = ListsView.ID, title = "notes.menu.lists", icon = "LIST_UL", section = "crm", order = 40, permission = Permissions.LIST_READ)
public class ListsView implements CrmView {
    public static final String ID = "lists";

    private final ListService lists;
    private final RecordLookups lookups;
    private final ReportService reports;

    @Activate
    public ListsView(@Reference ListService lists, @Reference RecordLookups lookups, @Reference ReportService reports) {
        this.lists = lists;
        this.lookups = lookups;
        this.reports = reports;
    }

    @Override
    public View create(UiContext context) {
        return new ListsScreen(context, lists, lookups, reports);
    }
}
