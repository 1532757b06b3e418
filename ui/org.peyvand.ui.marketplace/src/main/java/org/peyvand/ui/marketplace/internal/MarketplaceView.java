package org.peyvand.ui.marketplace.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.marketplace.MarketplacePermissions;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The marketplace in the administration menu: add-ons to install, update and remove, and the catalogs that offer them. */
@Component(service = CrmView.class)
@MenuItem(id = MarketplaceView.ID, title = "marketplace.ui.menu", icon = "PACKAGE", section = "admin", order = 50,
        permission = MarketplacePermissions.READ)
public class MarketplaceView implements CrmView {
    public static final String ID = "marketplace";

    private final MarketplaceService marketplace;
    private final AccessGuard guard;
    private final JobEvents events;

    @Activate
    public MarketplaceView(@Reference MarketplaceService marketplace, @Reference AccessGuard guard, @Reference JobEvents events) {
        this.marketplace = marketplace;
        this.guard = guard;
        this.events = events;
    }

    @Override
    public View create(UiContext context) {
        return new MarketplaceScreen(context, marketplace, guard.allows(context.caller(), MarketplacePermissions.MANAGE), events);
    }
}
