package org.peyvand.ui.shell.internal;

import com.vaadin.server.UIClassSelectionEvent;
import com.vaadin.server.UICreateEvent;
import com.vaadin.server.UIProvider;
import com.vaadin.ui.UI;

/** Builds every workspace tab with the kernel services in hand. */
final class CrmUIProvider extends UIProvider {
    private static final long serialVersionUID = 1L;

    private final transient WorkspaceServices services;

    CrmUIProvider(WorkspaceServices services) {
        this.services = services;
    }

    @Override
    public Class<? extends UI> getUIClass(UIClassSelectionEvent event) {
        return CrmUI.class;
    }

    @Override
    public UI createInstance(UICreateEvent event) {
        return new CrmUI(services);
    }

    @Override
    public String getTheme(UICreateEvent event) {
        return "peyvand";
    }

    @Override
    public String getPageTitle(UICreateEvent event) {
        return "Peyvand CRM";
    }
}
