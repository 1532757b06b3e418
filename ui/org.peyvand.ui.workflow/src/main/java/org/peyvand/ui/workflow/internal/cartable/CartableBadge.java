package org.peyvand.ui.workflow.internal.cartable;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.ui.api.MenuBadge;

/** The open items a user holds or may claim, beside the cartable's menu entry. */
@Component(service = MenuBadge.class, property = MenuBadge.VIEW + "=" + CartableView.ID)
public class CartableBadge implements MenuBadge {
    private final CartableService cartable;

    @Activate
    public CartableBadge(@Reference CartableService cartable) {
        this.cartable = cartable;
    }

    @Override
    public int count(Caller caller) {
        return cartable.openCount(caller);
    }
}
