package org.peyvand.ui.marketplace.internal;

import java.util.List;
import java.util.Locale;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.AddedPermission;

import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** Asks before an install, update or removal, listing the permissions the add-on brings or takes away. */
final class AddonConfirmDialog extends Window {
    private static final long serialVersionUID = 1L;

    /**
     * @param question what is about to happen, in words
     * @param permissionsKey the heading of the permissions: those it adds, or those that go with it
     * @param danger whether confirming removes something
     */
    AddonConfirmDialog(Messages messages, String question, String permissionsKey, List<AddedPermission> permissions, String confirmKey,
            boolean danger, Runnable onConfirm) {
        super(messages.get(confirmKey));
        setId("addon-confirm");
        setModal(true);
        setResizable(false);
        setWidth("480px");
        Label text = new Label(question);
        text.setWidth("100%");
        CssLayout list = new CssLayout();
        list.setId("addon-confirm-permissions");
        list.addStyleName("crm-marketplace-permissions");
        list.setWidth("100%");
        Locale locale = messages.locale();
        if (permissions.isEmpty()) {
            list.addComponent(new Label(messages.get("marketplace.ui.permissions.none")));
        } else {
            Label heading = new Label(messages.get(permissionsKey));
            heading.addStyleName("crm-marketplace-heading");
            list.addComponent(heading);
            permissions.forEach(p -> list.addComponent(new Label(AddonTexts.permission(p, locale))));
        }
        Button confirm = new Button(messages.get(confirmKey), e -> {
            close();
            onConfirm.run();
        });
        confirm.setId("addon-confirm-yes");
        confirm.addStyleName(danger ? ValoTheme.BUTTON_DANGER : ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(messages.get("ui.action.cancel"), e -> close());
        cancel.setId("addon-confirm-no");
        CssLayout buttons = new CssLayout(confirm, cancel);
        buttons.addStyleName("crm-row");
        setContent(new VerticalLayout(text, list, buttons));
    }

    void open() {
        UI.getCurrent().addWindow(this);
    }
}
