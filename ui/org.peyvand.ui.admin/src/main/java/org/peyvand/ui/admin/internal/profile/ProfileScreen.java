package org.peyvand.ui.admin.internal.profile;

import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;

/**
 * The signed-in user's own page: display settings, password, second factor, personal API tokens,
 * and signing out of every session.
 */
final class ProfileScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;

    ProfileScreen(UiContext context, ProfileServices services) {
        setId("view-profile");
        addStyleName("crm-page");
        setWidth("100%");
        Label title = new Label(context.messages().get("admin.menu.profile"));
        title.addStyleName("crm-page-title");
        addComponents(title, new DisplaySettingsSection(context, services.users()), new PasswordSection(context, services.users()),
                new SecondFactorSection(context, services), new ApiTokensSection(context, services),
                new LogoutEverywhereSection(context, services.sessions()));
    }
}
