package org.peyvand.ui.admin.internal.profile;

import org.peyvand.platform.security.SecondFactor;
import org.peyvand.ui.admin.internal.AdminDialog;
import org.peyvand.ui.admin.internal.Fields;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.VerticalLayout;

/** Turns the user's own second factor off after the password proves it is really them. */
final class DisableSecondFactorDialog extends AdminDialog {
    private static final long serialVersionUID = 1L;

    private final transient SecondFactor secondFactor;
    private final PasswordField password;

    DisableSecondFactorDialog(UiContext context, SecondFactor secondFactor) {
        super(context, "admin.profile.otp.disable", "profile-otp-disable-dialog");
        this.secondFactor = secondFactor;
        Label warning = new Label(context.messages().get("admin.profile.otp.disable.note"));
        warning.setWidth("100%");
        password = errors.bind("currentPassword",
                Fields.password(context.messages().get("admin.profile.password.current"), "profile-otp-disable-password"));
        FormLayout form = new FormLayout(password);
        form.setMargin(false);
        VerticalLayout body = new VerticalLayout(warning, form);
        body.setMargin(false);
        show(body, "admin.profile.otp.disable", "profile-otp-disable-confirm", true);
    }

    @Override
    protected void save() {
        secondFactor.disable(context.caller(), password.getValue().toCharArray());
    }

    @Override
    protected void saved() {
        context.showSuccess(context.messages().get("admin.profile.otp.disabled"));
        close();
    }
}
