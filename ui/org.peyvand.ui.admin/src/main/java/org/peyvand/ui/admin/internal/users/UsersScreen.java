package org.peyvand.ui.admin.internal.users;

import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;

/** Users, and for those who may end them, the open sessions on a second tab. */
final class UsersScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;

    UsersScreen(UiContext context, UserAdministration services) {
        setId("view-users");
        addStyleName("crm-page");
        setSizeFull();
        Label title = new Label(context.messages().get("admin.menu.users"));
        title.addStyleName("crm-page-title");
        UsersTab users = new UsersTab(context, services);
        if (!services.guard().allows(context.caller(), KernelPermissions.SESSION_MANAGE)) {
            users.addStyleName("crm-fill");
            addComponents(title, users);
            return;
        }
        SessionsTab sessions = new SessionsTab(context, services.sessions());
        TabSheet tabs = new TabSheet();
        tabs.setId("users-tabs");
        tabs.setSizeFull();
        tabs.addStyleName("crm-fill");
        tabs.addTab(users, context.messages().get("admin.users.tab.users")).setId("users-tab-users");
        tabs.addTab(sessions, context.messages().get("admin.users.tab.sessions")).setId("users-tab-sessions");
        // sessions come and go all the time: show the current ones whenever the tab is opened
        tabs.addSelectedTabChangeListener(e -> {
            if (tabs.getSelectedTab() == sessions) {
                sessions.refresh();
            }
        });
        addComponents(title, tabs);
    }
}
