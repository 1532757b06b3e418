package org.peyvand.ui.report.internal;

import org.peyvand.platform.core.i18n.Messages;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The row that ends the report dialogs: save, the primary action, and cancel. */
final class SaveButtons {
    private SaveButtons() {
    }

    /** The buttons with the ids each dialog's browser tests know them by. */
    static CssLayout of(Messages messages, String saveId, String cancelId, Runnable save, Runnable cancel) {
        Button saving = new Button(messages.get("report.ui.save"), VaadinIcons.CHECK);
        saving.setId(saveId);
        saving.addStyleName(ValoTheme.BUTTON_PRIMARY);
        saving.addClickListener(e -> save.run());
        Button cancelling = new Button(messages.get("report.ui.cancel"), e -> cancel.run());
        cancelling.setId(cancelId);
        CssLayout buttons = new CssLayout(saving, cancelling);
        buttons.addStyleName("crm-row");
        return buttons;
    }
}
