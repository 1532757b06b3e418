package org.peyvand.ui.shell.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peyvand.ui.api.SearchHit;
import org.peyvand.ui.api.SearchProvider;
import org.peyvand.ui.shell.internal.ContributionRegistry.ViewEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.event.ShortcutListener;
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
 * they find, grouped under the screen each result opens; choosing a result opens it. The keyboard
 * alone does: Enter searches, the first result has the focus, the arrow keys move between results,
 * Enter opens one and Escape closes the list. A provider that fails is skipped, not fatal.
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
        box.addShortcutListener(new ShortcutListener("search", KeyCode.ENTER, null) {
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
        List<Button> buttons = new ArrayList<>();
        grouped(hits).forEach((viewId, group) -> {
            Optional<ViewEntry> view = services.contributions().view(viewId);
            if (view.isEmpty()) {
                // its module left between the search and now: nothing of it could open
                return;
            }
            Label heading = new Label(view.get().caption(workspace.messages()));
            heading.addStyleName("crm-search-group");
            list.addComponent(heading);
            for (SearchHit hit : group) {
                Button open = new Button(hit.title() + (hit.detail() == null ? "" : " — " + hit.detail()), e -> {
                    results.close();
                    workspace.navigate(hit.viewId(), hit.parameters());
                });
                open.setIcon(Workspace.icon(hit.icon()));
                open.addStyleNames(ValoTheme.BUTTON_BORDERLESS, "crm-search-hit");
                list.addComponent(open);
                buttons.add(open);
            }
        });
        results.addShortcutListener(new MoveFocus("next", KeyCode.ARROW_DOWN, buttons, 1));
        results.addShortcutListener(new MoveFocus("previous", KeyCode.ARROW_UP, buttons, -1));
        results.setContent(list);
        UI.getCurrent().addWindow(results);
        if (!buttons.isEmpty()) {
            buttons.get(0).focus();
        }
    }

    /** The results by the screen they open, in the order the providers found them. */
    static Map<String, List<SearchHit>> grouped(List<SearchHit> hits) {
        Map<String, List<SearchHit>> groups = new LinkedHashMap<>();
        hits.forEach(hit -> groups.computeIfAbsent(hit.viewId(), viewId -> new ArrayList<>()).add(hit));
        return groups;
    }

    /** An arrow key moves the focus to the next or previous result, round the ends. */
    private static final class MoveFocus extends ShortcutListener {
        private static final long serialVersionUID = 1L;
        private final List<Button> buttons;
        private final int step;

        MoveFocus(String caption, int key, List<Button> buttons, int step) {
            super(caption, key, null);
            this.buttons = buttons;
            this.step = step;
        }

        @Override
        public void handleAction(Object sender, Object target) {
            if (buttons.isEmpty()) {
                return;
            }
            int at = buttons.indexOf(target);
            int next = at < 0 ? 0 : Math.floorMod(at + step, buttons.size());
            buttons.get(next).focus();
        }
    }
}
