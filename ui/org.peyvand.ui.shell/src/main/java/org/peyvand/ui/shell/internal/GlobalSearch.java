package org.peyvand.ui.shell.internal;

import java.util.ArrayList;
import java.util.List;

import org.peyvand.ui.api.SearchHit;
import org.peyvand.ui.api.SearchProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The header's search box: asks every search provider the user's modules offer and lists what
 * they find; choosing a result opens its screen. A provider that fails is skipped, not fatal.
 */
final class GlobalSearch extends CssLayout {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(GlobalSearch.class);
    private static final int PER_PROVIDER = 8;

    private final transient WorkspaceServices services;
    private final Workspace workspace;
    private final TextField box = new TextField();

    GlobalSearch(WorkspaceServices services, Workspace workspace) {
        this.services = services;
        this.workspace = workspace;
        addStyleName("crm-search-box");
        box.setId("global-search");
        box.setPlaceholder(workspace.messages().get("ui.search.placeholder"));
        box.setWidth("100%");
        // Enter searches only while the box has focus, so it never steals Enter from a form
        box.addShortcutListener(new com.vaadin.event.ShortcutListener("search", KeyCode.ENTER, null) {
            private static final long serialVersionUID = 1L;

            @Override
            public void handleAction(Object sender, Object target) {
                if (target == box) {
                    search();
                }
            }
        });
        addComponent(box);
    }

    private void search() {
        String query = box.getValue().trim();
        if (query.isEmpty()) {
            return;
        }
        List<SearchHit> hits = new ArrayList<>();
        for (SearchProvider provider : services.contributions().searchProviders()) {
            try {
                hits.addAll(provider.search(workspace.caller(), query, PER_PROVIDER));
            } catch (RuntimeException e) {
                LOG.warn("A search provider failed for query {}", query, e);
            }
        }
        Window results = new Window(workspace.messages().get("ui.search.results", query));
        results.setId("global-search-results");
        results.setModal(true);
        results.setWidth("520px");
        VerticalLayout list = new VerticalLayout();
        list.addStyleName("crm-search-results");
        if (hits.isEmpty()) {
            list.addComponent(new Label(workspace.messages().get("ui.search.none")));
        }
        for (SearchHit hit : hits) {
            Button open = new Button(hit.title() + (hit.detail() == null ? "" : " — " + hit.detail()), e -> {
                results.close();
                workspace.navigate(hit.viewId(), hit.parameters());
            });
            open.setIcon(Workspace.icon(hit.icon()));
            open.addStyleNames(ValoTheme.BUTTON_BORDERLESS, "crm-search-hit");
            list.addComponent(open);
        }
        results.setContent(list);
        UI.getCurrent().addWindow(results);
    }
}
