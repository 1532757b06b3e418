package org.peyvand.module.relations.internal.views;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.relations.RelationService;
import org.peyvand.module.relations.internal.Permissions;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The relationships screen in the workspace menu, for users who may read relationships. */
@Component(service = CrmView.class)
@MenuItem(id = RelationsView.ID, title = "relations.menu", icon = "CONNECT", section = "crm", order = 30, permission = Permissions.READ)
public class RelationsView implements CrmView {
    public static final String ID = "relations";

    private final RelationService relations;
    private final RecordLookups lookups;
    private final AccessGuard guard;

    @Activate
    public RelationsView(@Reference RelationService relations, @Reference RecordLookups lookups, @Reference AccessGuard guard) {
        this.relations = relations;
        this.lookups = lookups;
        this.guard = guard;
    }

    @Override
    public View create(UiContext context) {
        return new RelationsScreen(context, relations, lookups, guard.allows(context.caller(), Permissions.MANAGE_TYPES));
    }
}
