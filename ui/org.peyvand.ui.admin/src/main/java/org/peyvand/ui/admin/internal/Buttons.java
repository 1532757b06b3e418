package org.peyvand.ui.admin.internal;

import com.vaadin.server.Resource;
import com.vaadin.ui.Button;

/** Buttons with a caption, an icon and what they do, as the toolbars of these screens have them. */
public final class Buttons {

    private Buttons() {
    }

    public static Button of(String caption, Resource icon, Button.ClickListener action) {
        Button button = new Button(caption, icon);
        button.addClickListener(action);
        return button;
    }
}
