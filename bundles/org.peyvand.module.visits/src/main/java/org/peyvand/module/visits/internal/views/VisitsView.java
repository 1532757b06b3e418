package org.peyvand.module.visits.internal.views;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.visits.VisitService;
import org.peyvand.module.visits.internal.Permissions;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The customer visits screen in the workspace menu, for users who may read visits. */
@Component(service = CrmView.class)
@MenuItem(id = VisitsView.ID, title = "visits.menu", icon = "CAR", section = "crm", order = 40, permission = Permissions.READ,
        records = Permissions.TYPE)
public class VisitsView implements CrmView {
    public static final String ID = "visits";

    private final VisitService visits;
    private final CustomFields custom;
    private final RecordLookups lookups;

    @Activate
    public VisitsView(@Reference VisitService visits, @Reference CustomFields custom, @Reference RecordLookups lookups) {
        this.visits = visits;
        this.custom = custom;
        this.lookups = lookups;
    }

    @Override
    public View create(UiContext context) {
        return new VisitsScreen(context, visits, custom, lookups);
    }
}
