package org.peyvand.ui.shell.internal;

import java.util.ArrayList;
import java.util.List;

import org.peyvand.platform.search.SearchGroup;
import org.peyvand.platform.search.SearchHit;
import org.peyvand.platform.search.SearchService;

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
 * The header's search box: asks the global search and lists what it finds, grouped by record type;
 * choosing a result opens its record. The keyboard alone does: Enter searches, the first result
 * has the focus, the arrow keys move between results, Enter opens one and Escape closes the list.
 */
final class GlobalSearch extends CssLayout {
    private static final long serialVersionUID = 1L;
    private static final int PER_TYPE = SearchService.DEFAULT_PER_TYPE;

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
        List<SearchGroup> groups = workspace.call(() -> services.search().search(workspace.caller(), query, PER_TYPE)).orElse(null);
        if (groups == null) {
            return;
        }
        Window results = new Window(workspace.messages().get("ui.search.results", query));
        results.setId("global-search-results");
        results.setModal(true);
        results.setWidth("520px");
        VerticalLayout list = new VerticalLayout();
        list.addStyleName("crm-search-results");
        List<Button> buttons = new ArrayList<>();
        for (SearchGroup group : groups) {
            if (!workspace.opens(group.recordType())) {
                // its module's screens left between the search and now: nothing of it could open
                continue;
            }
            Label heading = new Label(group.label());
            heading.addStyleName("crm-search-group");
            list.addComponent(heading);
            for (SearchHit hit : group.hits()) {
                Button open = new Button(hit.title() + (hit.detail() == null ? "" : " — " + hit.detail()), e -> {
                    results.close();
                    workspace.openRecord(hit.recordType(), hit.id());
                });
                open.addStyleNames(ValoTheme.BUTTON_BORDERLESS, "crm-search-hit");
                list.addComponent(open);
                buttons.add(open);
            }
        }
        if (buttons.isEmpty()) {
            list.addComponent(new Label(workspace.messages().get("ui.search.none")));
        }
        results.addShortcutListener(new MoveFocus("next", KeyCode.ARROW_DOWN, buttons, 1));
        results.addShortcutListener(new MoveFocus("previous", KeyCode.ARROW_UP, buttons, -1));
        results.setContent(list);
        UI.getCurrent().addWindow(results);
        if (!buttons.isEmpty()) {
            buttons.get(0).focus();
        }
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
