package org.peyvand.ui.shell.internal;

import java.util.Locale;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.module.ModuleInfo;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.ui.shell.internal.ContributionRegistry.ViewEntry;

import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The landing page: a greeting, shortcuts to the user's screens and the state of the installed modules. */
final class HomeView extends VerticalLayout implements View {
    private static final long serialVersionUID = 1L;

    HomeView(WorkspaceServices services, Workspace workspace) {
        setId("view-home");
        Messages messages = workspace.messages();
        Locale locale = messages.locale();
        Label greeting = new Label(messages.get("ui.home.greeting", workspace.caller().username()));
        greeting.addStyleName("crm-page-title");

        CssLayout shortcuts = new CssLayout();
        for (ViewEntry view : workspace.allowedViews()) {
            Button shortcut = new Button(view.caption(messages), e -> workspace.navigate(view.id(), null));
            shortcut.setIcon(Workspace.icon(view.icon()));
            shortcut.addStyleNames(ValoTheme.BUTTON_LARGE);
            shortcuts.addComponent(shortcut);
        }

        Label modulesTitle = new Label(messages.get("ui.home.modules"));
        modulesTitle.addStyleName(ValoTheme.LABEL_H3);
        VerticalLayout modules = new VerticalLayout();
        modules.setMargin(false);
        modules.setSpacing(false);
        for (ModuleInfo module : services.modules().modules()) {
            Label line = new Label(module.name(locale) + " — " + messages.get("ui.module.state." + module.state().name()));
            line.addStyleName(module.state() == ModuleState.READY ? "crm-ok" : "crm-field-error");
            modules.addComponent(line);
        }
        if (services.modules().modules().isEmpty()) {
            modules.addComponent(new Label(messages.get("ui.home.noModules")));
        }
        addComponents(greeting, shortcuts, modulesTitle, modules);
    }
}
