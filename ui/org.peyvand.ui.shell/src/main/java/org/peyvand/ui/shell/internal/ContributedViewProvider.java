package org.peyvand.ui.shell.internal;

import java.util.Optional;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewProvider;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Opens the screens modules contribute, and only for users holding their permission. A screen
 * of a module that has left, or one the user may not open, shows a plain "not available" page.
 */
final class ContributedViewProvider implements ViewProvider {
    private static final long serialVersionUID = 1L;

    private final transient WorkspaceServices services;
    private final Workspace workspace;

    ContributedViewProvider(WorkspaceServices services, Workspace workspace) {
        this.services = services;
        this.workspace = workspace;
    }

    @Override
    public String getViewName(String state) {
        String id = state.split("/", 2)[0];
        if (id.equals(Workspace.HOME)) {
            return Workspace.HOME;
        }
        return workspace.allowedViews().stream().anyMatch(v -> v.id().equals(id)) ? id : null;
    }

    @Override
    public View getView(String viewName) {
        if (viewName.equals(Workspace.HOME)) {
            return new HomeView(services, workspace);
        }
        Optional<ContributionRegistry.ViewEntry> entry = services.contributions().view(viewName);
        return entry.map(e -> e.view().create(workspace)).orElse(null);
    }

    /** The page for an address no present screen answers. */
    static final class Missing implements ViewProvider {
        private static final long serialVersionUID = 1L;
        private final Workspace workspace;

        Missing(Workspace workspace) {
            this.workspace = workspace;
        }

        @Override
        public String getViewName(String state) {
            return state;
        }

        @Override
        public View getView(String viewName) {
            return new MissingPage(workspace);
        }
    }

    private static final class MissingPage extends VerticalLayout implements View {
        private static final long serialVersionUID = 1L;

        MissingPage(Workspace workspace) {
            setId("view-missing");
            Label title = new Label(workspace.messages().get("ui.missing.title"));
            title.addStyleName(ValoTheme.LABEL_H2);
            Button home = new Button(workspace.messages().get("ui.home"), e -> workspace.navigate(Workspace.HOME, null));
            home.addStyleName(ValoTheme.BUTTON_PRIMARY);
            addComponents(title, new Label(workspace.messages().get("ui.missing.text")), home);
        }
    }
}
