package org.peyvand.ui.admin.internal.profile;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.Page;
import com.vaadin.server.VaadinSession;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.themes.ValoTheme;

/** Ends every session of the user, here and on other devices; this page then returns to the sign-in screen. */
final class LogoutEverywhereSection extends ProfileSection {
    private static final long serialVersionUID = 1L;

    LogoutEverywhereSection(UiContext context, SessionRegistry sessions) {
        super(context.messages().get("admin.profile.sessions"), "profile-sessions");
        Messages messages = context.messages();
        Button logout = Buttons.of(messages.get("admin.profile.logoutEverywhere"), VaadinIcons.SIGN_OUT, e -> ConfirmDialog.ask(
                messages.get("admin.profile.logoutEverywhere"), messages.get("admin.profile.logoutEverywhere.question"),
                messages.get("admin.profile.logoutEverywhere"), messages.get("ui.action.cancel"), true, () -> {
                    try {
                        sessions.logoutEverywhere(context.caller());
                    } catch (RuntimeException failure) {
                        context.showError(failure);
                        return;
                    }
                    VaadinSession.getCurrent().close();
                    Page.getCurrent().reload();
                }));
        logout.setId("profile-logout-everywhere");
        logout.addStyleName(ValoTheme.BUTTON_DANGER);
        CssLayout buttons = new CssLayout(logout);
        buttons.addStyleName("crm-row");
        add(note(messages.get("admin.profile.logoutEverywhere.note")), buttons);
    }
}
