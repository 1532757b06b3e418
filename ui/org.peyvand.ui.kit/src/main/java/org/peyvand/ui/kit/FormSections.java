package org.peyvand.ui.kit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peyvand.platform.core.i18n.Messages;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;

/**
 * The components of a form laid out in titled sections of one to three columns (a CSS grid that
 * follows the page direction and folds to one column on narrow screens), and in tabs when there
 * is more than one.
 */
final class FormSections {
    private final Component layout;
    private final Map<String, CssLayout> cells = new HashMap<>();
    private final Map<String, Component> tabOf = new HashMap<>();
    private final TabSheet tabSheet;
    private final Set<String> wide;

    /** @param wide the fields that take a whole row of their section */
    FormSections(List<Placement.Tab> tabs, Map<String, AbstractComponent> components, Set<String> wide, Messages messages) {
        this.wide = wide;
        if (tabs.size() == 1) {
            tabSheet = null;
            layout = sections(tabs.get(0), components);
            return;
        }
        tabSheet = new TabSheet();
        tabSheet.setWidth("100%");
        tabSheet.addStyleName("crm-form-tabs");
        for (int t = 0; t < tabs.size(); t++) {
            Placement.Tab tab = tabs.get(t);
            Component content = sections(tab, components);
            String title = tab.title() != null ? tab.title() : messages.get("kit.form.tab", t + 1);
            tabSheet.addTab(content, title);
            tab.sections().forEach(s -> s.fields().forEach(name -> tabOf.put(name, content)));
        }
        layout = tabSheet;
    }

    Component layout() {
        return layout;
    }

    /** Shows or hides a field together with the grid cell it sits in. */
    void show(String name, Component component, boolean visible) {
        component.setVisible(visible);
        CssLayout cell = cells.get(name);
        if (cell != null) {
            cell.setVisible(visible);
        }
    }

    /** Brings the tab holding the field into view. */
    void reveal(String name) {
        Component tab = tabOf.get(name);
        if (tabSheet != null && tab != null) {
            tabSheet.setSelectedTab(tab);
        }
    }

    private CssLayout sections(Placement.Tab tab, Map<String, AbstractComponent> components) {
        CssLayout form = new CssLayout();
        form.addStyleName("crm-form");
        form.setWidth("100%");
        for (Placement.Section section : tab.sections()) {
            CssLayout box = new CssLayout();
            box.addStyleName("crm-form-section");
            box.setWidth("100%");
            if (section.title() != null) {
                Label title = new Label(section.title());
                title.addStyleName("crm-form-section-title");
                title.setWidth("100%");
                box.addComponent(title);
            }
            CssLayout grid = new CssLayout();
            grid.addStyleNames("crm-form-grid", "crm-columns-" + section.columns());
            grid.setWidth("100%");
            for (String name : section.fields()) {
                // a cell of its own keeps a field's caption above it within one grid cell
                CssLayout cell = new CssLayout(components.get(name));
                cell.addStyleName("crm-form-cell");
                if (wide.contains(name)) {
                    cell.addStyleName("crm-form-wide");
                }
                cell.setWidth("100%");
                cells.put(name, cell);
                grid.addComponent(cell);
            }
            box.addComponent(grid);
            form.addComponent(box);
        }
        return form;
    }
}
