package org.peyvand.ui.kit;

import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** Asks before something that cannot be undone, such as a delete. */
public final class ConfirmDialog extends Window {
    private static final long serialVersionUID = 1L;

    private ConfirmDialog(String title, String question, String confirmLabel, String cancelLabel, boolean danger, Runnable onConfirm) {
        super(title);
        setModal(true);
        setResizable(false);
        setWidth("420px");
        Label text = new Label(question);
        text.setWidth("100%");
        text.addStyleName("crm-confirm-text");
        Button confirm = new Button(confirmLabel, e -> {
            close();
            onConfirm.run();
        });
        confirm.setId("confirm-yes");
        confirm.addStyleName(danger ? ValoTheme.BUTTON_DANGER : ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(cancelLabel, e -> close());
        cancel.setId("confirm-no");
        HorizontalLayout buttons = new HorizontalLayout(cancel, confirm);
        VerticalLayout content = new VerticalLayout(text, buttons);
        content.setComponentAlignment(buttons, com.vaadin.ui.Alignment.BOTTOM_RIGHT);
        setContent(content);
    }

    public static void ask(String title, String question, String confirmLabel, String cancelLabel, boolean danger, Runnable onConfirm) {
        UI.getCurrent().addWindow(new ConfirmDialog(title, question, confirmLabel, cancelLabel, danger, onConfirm));
    }
}
