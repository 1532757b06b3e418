package org.peyvand.module.notes.internal.views;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;

/** Vaadin 8 has no button constructor taking caption, icon and listener at once. */
final class Buttons {
    private Buttons() {
    }

    static Button of(String caption, VaadinIcons icon, Button.ClickListener listener) {
        Button button = new Button(caption, listener);
        button.setIcon(icon);
        return button;
    }
}
