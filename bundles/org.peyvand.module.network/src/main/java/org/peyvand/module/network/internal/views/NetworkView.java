package org.peyvand.module.network.internal.views;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.network.NetworkService;
import org.peyvand.module.network.internal.Permissions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.MenuItem;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The sales network screen in the workspace menu, for users who may read the network. */
@Component(service = CrmView.class)
@MenuItem(id = NetworkView.ID, title = "network.menu", icon = "SITEMAP", section = "crm", order = 35, permission = Permissions.READ)
public class NetworkView implements CrmView {
    public static final String ID = "network";

    private final NetworkService network;
    private final AccessGuard guard;

    @Activate
    public NetworkView(@Reference NetworkService network, @Reference AccessGuard guard) {
        this.network = network;
        this.guard = guard;
    }

    @Override
    public View create(UiContext context) {
        return new NetworkScreen(context, network, guard.allows(context.caller(), Permissions.MANAGE_NODES),
                guard.allows(context.caller(), Permissions.MANAGE_REGIONS));
    }
}
