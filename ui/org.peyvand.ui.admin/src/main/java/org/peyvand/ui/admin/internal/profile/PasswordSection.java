package org.peyvand.ui.admin.internal.profile;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.UserService;
import org.peyvand.ui.admin.internal.FieldErrorDisplay;
import org.peyvand.ui.admin.internal.Fields;
import org.peyvand.ui.admin.internal.ServiceCall;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.themes.ValoTheme;

/** Changes the user's own password, proving the current one. */
final class PasswordSection extends ProfileSection {
    private static final long serialVersionUID = 1L;

    PasswordSection(UiContext context, UserService users) {
        super(context.messages().get("admin.profile.password"), "profile-password");
        Messages messages = context.messages();
        FieldErrorDisplay errors = new FieldErrorDisplay(messages);
        PasswordField current = errors.bind("currentPassword",
                Fields.password(messages.get("admin.profile.password.current"), "profile-password-current"));
        PasswordField chosen = errors.bind("password", Fields.password(messages.get("admin.profile.password.new"), "profile-password-new"));
        PasswordField confirm = errors.bind("passwordConfirm",
                Fields.password(messages.get("admin.user.passwordConfirm"), "profile-password-confirm"));
        current.setWidth(FIELD_WIDTH);
        chosen.setWidth(FIELD_WIDTH);
        confirm.setWidth(FIELD_WIDTH);
        FormLayout form = new FormLayout(current, chosen, confirm);
        form.setMargin(false);
        Button save = new Button(messages.get("admin.profile.password.change"), e -> {
            boolean changed = ServiceCall.run(context, errors, () -> {
                if (!chosen.getValue().equals(confirm.getValue())) {
                    throw ValidationException.of("passwordConfirm", "admin.error.passwordMismatch");
                }
                users.changeMyPassword(context.caller(), current.getValue().toCharArray(), chosen.getValue().toCharArray());
            });
            if (changed) {
                current.clear();
                chosen.clear();
                confirm.clear();
                context.showSuccess(messages.get("admin.profile.password.changed"));
            }
        });
        save.setId("profile-password-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        CssLayout buttons = new CssLayout(save);
        buttons.addStyleName("crm-row");
        add(form, buttons);
    }
}
