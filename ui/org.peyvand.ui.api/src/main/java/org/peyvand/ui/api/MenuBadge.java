package org.peyvand.ui.api;

import org.osgi.annotation.versioning.ConsumerType;
import org.peyvand.platform.security.Caller;

/**
 * A count shown beside a screen's menu entry, such as the open items of the cartable. Registered
 * as a service with the property {@value #VIEW} naming the screen. Counted when the user moves
 * between screens and when a screen asks ({@link UiContext#refreshBadges()}), so it must be cheap.
 */
@ConsumerType
public interface MenuBadge {
    String VIEW = "crm.badge.view";

    /** The count for this user; zero shows no badge. */
    int count(Caller caller);
}
