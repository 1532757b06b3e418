package org.peyvand.ui.workflow.internal;

import com.vaadin.server.Resource;
import com.vaadin.ui.Button;

/** Vaadin 8 has no constructor for a button with a caption, an icon and a click listener. */
public final class Buttons {

    private Buttons() {
    }

    public static Button of(String caption, Resource icon, Button.ClickListener listener) {
        Button button = new Button(caption, icon);
        button.addClickListener(listener);
        return button;
    }
}
