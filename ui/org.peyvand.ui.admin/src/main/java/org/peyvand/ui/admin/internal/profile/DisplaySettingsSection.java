package org.peyvand.ui.admin.internal.profile;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.UserService;
import org.peyvand.ui.admin.internal.PreferenceFields;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The user's language, calendar, digits and money unit, stored and applied at once. */
final class DisplaySettingsSection extends ProfileSection {
    private static final long serialVersionUID = 1L;

    DisplaySettingsSection(UiContext context, UserService users) {
        super(context.messages().get("admin.profile.display"), "profile-display");
        Messages messages = context.messages();
        PreferenceFields fields = new PreferenceFields(messages, users.me(context.caller()).preferences(), "profile");
        FormLayout form = new FormLayout();
        form.setMargin(false);
        fields.components().forEach(form::addComponent);
        Button save = new Button(messages.get("ui.action.save"), e -> {
            try {
                context.changePreferences(fields.value());
            } catch (RuntimeException failure) {
                context.showError(failure);
            }
        });
        save.setId("profile-display-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        CssLayout buttons = new CssLayout(save);
        buttons.addStyleName("crm-row");
        add(form, buttons);
    }
}
