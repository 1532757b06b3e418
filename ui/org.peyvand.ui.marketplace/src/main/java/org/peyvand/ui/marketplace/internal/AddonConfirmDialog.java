package org.peyvand.ui.marketplace.internal;

import java.util.List;
import java.util.Locale;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.AddedPermission;

import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** Asks before an install, update or removal, listing the permissions the add-on brings or takes away. */
final class AddonConfirmDialog extends Window {
    private static final long serialVersionUID = 1L;

    private final VerticalLayout body;
    private final Button confirm;
    private Runnable onConfirm;

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
        this.onConfirm = onConfirm;
        confirm = new Button(messages.get(confirmKey), e -> {
            close();
            this.onConfirm.run();
        });
        confirm.setId("addon-confirm-yes");
        confirm.addStyleName(danger ? ValoTheme.BUTTON_DANGER : ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(messages.get("ui.action.cancel"), e -> close());
        cancel.setId("addon-confirm-no");
        CssLayout buttons = new CssLayout(confirm, cancel);
        buttons.addStyleName("crm-row");
        body = new VerticalLayout(text, list, buttons);
        setContent(body);
    }

    /**
     * Adds the choice to drop the add-on's data too, which needs its id typed before the confirm
     * button takes it.
     *
     * @param onPurge runs instead of the plain confirmation when the data is to go
     */
    AddonConfirmDialog withPurge(Messages messages, String addonId, Runnable onPurge) {
        CheckBox purge = new CheckBox(messages.get("marketplace.ui.purge"));
        purge.setId("addon-purge");
        TextField typed = new TextField(messages.get("marketplace.ui.purgeConfirm", addonId));
        typed.setId("addon-purge-confirm");
        typed.setVisible(false);
        Runnable plain = onConfirm;
        purge.addValueChangeListener(e -> {
            typed.setVisible(e.getValue());
            confirm.setEnabled(!e.getValue() || addonId.equals(typed.getValue().strip()));
            onConfirm = e.getValue() ? onPurge : plain;
        });
        typed.addValueChangeListener(e -> confirm.setEnabled(!purge.getValue() || addonId.equals(e.getValue().strip())));
        body.addComponent(new VerticalLayout(purge, typed), body.getComponentCount() - 1);
        return this;
    }

    void open() {
        UI.getCurrent().addWindow(this);
    }
}
