package org.peyvand.ui.marketplace.internal;

import com.vaadin.annotations.JavaScript;
import com.vaadin.annotations.StyleSheet;
import com.vaadin.server.AbstractJavaScriptExtension;
import com.vaadin.ui.AbstractComponent;

/**
 * Brings the marketplace's stylesheet to the page: Vaadin serves a module's CSS only for a connector
 * that names it, and the theme is compiled without modules.
 */
@JavaScript("marketplace-styles.js")
@StyleSheet("marketplace.css")
public final class MarketplaceStyles extends AbstractJavaScriptExtension {
    private static final long serialVersionUID = 1L;

    private MarketplaceStyles() {
    }

    public static void applyTo(AbstractComponent screen) {
        new MarketplaceStyles().extend(screen);
    }
}
