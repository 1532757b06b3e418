package org.peyvand.ui.admin.internal.units;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The organisation tree in the administration menu. */
@Component(service = CrmView.class)
@MenuItem(id = OrgUnitsView.ID, title = "admin.menu.orgUnits", icon = "SITEMAP", section = "admin", order = 20,
        permission = KernelPermissions.UNIT_READ)
public class OrgUnitsView implements CrmView {
    public static final String ID = "org-units";

    private final OrgUnitService units;
    private final AccessGuard guard;

    @Activate
    public OrgUnitsView(@Reference OrgUnitService units, @Reference AccessGuard guard) {
        this.units = units;
        this.guard = guard;
    }

    @Override
    public View create(UiContext context) {
        return new OrgUnitsScreen(context, units, guard.allows(context.caller(), KernelPermissions.UNIT_MANAGE));
    }
}
