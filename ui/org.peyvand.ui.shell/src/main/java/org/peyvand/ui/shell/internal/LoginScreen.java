package org.peyvand.ui.shell.internal;

import java.util.Locale;
import java.util.function.Consumer;

import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.LoginOutcome;
import org.peyvand.platform.security.UserService;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.Page;
import com.vaadin.server.VaadinSession;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** Username and password against the platform's realm; nothing of the workspace is reachable before. */
final class LoginScreen extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    LoginScreen(WorkspaceServices services, Messages messages, Consumer<Caller> signedIn) {
        setSizeFull();
        addStyleName("crm-login");

        Label brand = new Label(messages.get("ui.brand"));
        brand.addStyleNames(ValoTheme.LABEL_H2, "crm-brand");
        Label tagline = new Label(messages.get("ui.login.tagline"));
        tagline.addStyleName("crm-muted");
        TextField username = new TextField(messages.get("ui.login.username"));
        username.setId("login-username");
        username.setIcon(VaadinIcons.USER);
        username.addStyleName("crm-ltr");
        username.setWidth("100%");
        PasswordField password = new PasswordField(messages.get("ui.login.password"));
        password.setId("login-password");
        password.setIcon(VaadinIcons.LOCK);
        password.addStyleName("crm-ltr");
        password.setWidth("100%");
        TextField otp = new TextField(messages.get("ui.login.otp"));
        otp.setId("login-otp");
        otp.setIcon(VaadinIcons.KEY);
        otp.addStyleName("crm-ltr");
        otp.setWidth("100%");
        otp.setMaxLength(6);
        otp.setDescription(messages.get("ui.login.otpHint"));
        otp.setVisible(false);
        Label failure = new Label();
        failure.setId("login-failure");
        failure.addStyleName("crm-field-error");
        failure.setVisible(false);
        Button signIn = new Button(messages.get("ui.login.submit"));
        signIn.setId("login-submit");
        signIn.addStyleName(ValoTheme.BUTTON_PRIMARY);
        signIn.setClickShortcut(KeyCode.ENTER);
        signIn.setWidth("100%");
        signIn.addClickListener(e -> {
            LoginOutcome outcome = services.authenticator().login(username.getValue(), password.getValue().toCharArray(),
                    otp.isVisible() ? otp.getValue() : null);
            switch (outcome.status()) {
                // a missing required second factor is enrolled inside the workspace, which allows nothing else until then
                case ACCEPTED, ENROLMENT_NEEDED -> signedIn.accept(outcome.caller());
                case SECOND_FACTOR_NEEDED -> {
                    // the password stays filled so the second attempt proves both factors together
                    failure.setVisible(false);
                    otp.setVisible(true);
                    otp.focus();
                }
                case REFUSED -> {
                    password.clear();
                    otp.clear();
                    otp.setVisible(false);
                    failure.setValue(messages.get("ui.login.failed"));
                    failure.setVisible(true);
                }
            }
        });
        Button language = languageSwitch(messages, services.users());

        VerticalLayout card = new VerticalLayout(brand, tagline, username, password, otp, failure, signIn, language);
        card.addStyleName("crm-login-card");
        card.setWidth("360px");
        card.setComponentAlignment(language, Alignment.MIDDLE_CENTER);
        addComponent(card);
        setComponentAlignment(card, Alignment.MIDDLE_CENTER);
        username.focus();
    }

    /** Switches between Persian and English; the page reloads so layout direction and texts follow. */
    static Button languageSwitch(Messages messages, UserService users) {
        boolean persian = "fa".equals(messages.locale().getLanguage());
        Locale other = persian ? I18nService.ENGLISH : I18nService.PERSIAN;
        Button button = new Button(persian ? "English" : "فارسی", e -> {
            SessionPreferences.switchLanguage(VaadinSession.getCurrent(), other, users);
            Page.getCurrent().reload();
        });
        button.setId("language-switch");
        button.setIcon(VaadinIcons.GLOBE);
        button.addStyleNames(ValoTheme.BUTTON_LINK);
        return button;
    }
}
