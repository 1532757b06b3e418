package org.peyvand.ui.admin.internal.users;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.platform.security.UserService;
import org.peyvand.ui.admin.internal.AdminDialog;
import org.peyvand.ui.admin.internal.Fields;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.VerticalLayout;

/** An administrator sets another user's password, for example after a forgotten one. */
final class PasswordDialog extends AdminDialog {
    private static final long serialVersionUID = 1L;

    private final transient UserService users;
    private final String username;
    private final PasswordField password;
    private final PasswordField confirm;

    PasswordDialog(UiContext context, UserService users, UserAccount user) {
        super(context, "admin.user.setPassword", "user-password-dialog");
        this.users = users;
        this.username = user.username();
        Messages messages = context.messages();
        Label whose = new Label(messages.get("admin.user.setPassword.for", user.displayName(messages.locale()), user.username()));
        whose.setWidth("100%");
        password = errors.bind("password", Fields.password(messages.get("admin.user.password"), "user-new-password"));
        confirm = errors.bind("passwordConfirm", Fields.password(messages.get("admin.user.passwordConfirm"), "user-new-password-confirm"));
        FormLayout form = new FormLayout(password, confirm);
        form.setMargin(false);
        VerticalLayout body = new VerticalLayout(whose, form);
        body.setMargin(false);
        show(body, "ui.action.save", "user-password-save", false);
    }

    @Override
    protected void save() {
        if (!password.getValue().equals(confirm.getValue())) {
            throw ValidationException.of("passwordConfirm", "admin.error.passwordMismatch");
        }
        users.resetPassword(context.caller(), username, password.getValue().toCharArray());
    }
}
