package org.peyvand.ui.theme.internal;

import org.osgi.service.component.annotations.Component;

import com.vaadin.osgi.resources.OsgiVaadinTheme;

/** Publishes {@code VAADIN/themes/peyvand} of this bundle, CSS and fonts, to the browser. */
@Component
public class PeyvandTheme implements OsgiVaadinTheme {
    public static final String NAME = "peyvand";

    @Override
    public String getName() {
        return NAME;
    }
}
