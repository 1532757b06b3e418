package org.peyvand.ui.marketplace.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.marketplace.Addon;
import org.peyvand.platform.marketplace.AddonQuery;
import org.peyvand.platform.marketplace.InstalledAddon;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Grids;

import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.TextField;
import com.vaadin.ui.renderers.HtmlRenderer;
import com.vaadin.ui.themes.ValoTheme;

/** The add-ons found by words, category and whether they are installed, and the one selected in detail. */
final class AddonsTab extends CssLayout {
    private static final long serialVersionUID = 1L;

    /** Which add-ons the list shows. */
    enum Shown {
        ALL, INSTALLED, AVAILABLE
    }

    private final transient UiContext context;
    private final transient MarketplaceService marketplace;
    private final transient Messages messages;
    private final TextField search = new TextField();
    private final ComboBox<String> category = new ComboBox<>();
    private final RadioButtonGroup<Shown> shown = new RadioButtonGroup<>();
    private final Grid<Addon> grid = new Grid<>();
    private final AddonDetails details;
    private List<String> categories = List.of();
    /** While the categories offered change, the choice among them follows without listing again. */
    private boolean offering;

    AddonsTab(UiContext context, MarketplaceService marketplace, boolean manage) {
        this.context = context;
        this.marketplace = marketplace;
        this.messages = context.messages();
        setId("marketplace-addons");
        addStyleName("crm-marketplace-tab");
        setSizeFull();
        search.setId("marketplace-search");
        search.setPlaceholder(messages.get("marketplace.ui.search"));
        search.addStyleName("crm-grow");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        category.setId("marketplace-category");
        category.setPlaceholder(messages.get("marketplace.ui.allCategories"));
        category.setItemCaptionGenerator(c -> AddonTexts.category(c, messages));
        category.addValueChangeListener(e -> {
            if (!offering) {
                refresh();
            }
        });
        shown.setId("marketplace-installed");
        shown.setItems(Shown.values());
        shown.setItemCaptionGenerator(s -> messages.get("marketplace.ui.shown." + s.name()));
        shown.addStyleName(ValoTheme.OPTIONGROUP_HORIZONTAL);
        shown.setValue(Shown.ALL);
        shown.addValueChangeListener(e -> refresh());
        CssLayout filters = new CssLayout(search, category, shown);
        filters.addStyleName("crm-row");
        filters.setWidth("100%");
        configureGrid();
        details = new AddonDetails(context, marketplace, manage, this::refresh);
        grid.addSelectionListener(e -> details.show(e.getFirstSelectedItem()));
        CssLayout list = new CssLayout(filters, grid);
        list.addStyleName("crm-marketplace-list");
        CssLayout body = new CssLayout(list, details);
        body.addStyleName("crm-marketplace-body");
        body.setWidth("100%");
        addComponent(body);
    }

    private void configureGrid() {
        Locale locale = messages.locale();
        grid.setId("marketplace-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(10);
        grid.addColumn(a -> AddonTexts.iconHtml(a.latest()), new HtmlRenderer()).setId("icon").setCaption("").setWidth(56)
                .setSortable(false);
        grid.addColumn(a -> a.latest().name(locale)).setId("name").setCaption(messages.get("marketplace.ui.name")).setExpandRatio(3);
        grid.addColumn(a -> a.latest().vendor()).setId("vendor").setCaption(messages.get("marketplace.ui.vendor")).setExpandRatio(2);
        grid.addColumn(a -> AddonTexts.maturity(a.latest(), messages)).setId("maturity").setCaption(messages.get("marketplace.ui.maturity"))
                .setExpandRatio(1);
        grid.addColumn(a -> a.installed().map(InstalledAddon::version).orElse("")).setId("installed")
                .setCaption(messages.get("marketplace.ui.installedVersion")).setStyleGenerator(a -> "crm-ltr").setExpandRatio(1);
        grid.addColumn(a -> a.latest().version()).setId("latest").setCaption(messages.get("marketplace.ui.latestVersion"))
                .setStyleGenerator(a -> "crm-ltr").setExpandRatio(1);
        grid.addColumn(a -> a.updatable() ? messages.get("marketplace.ui.updateAvailable") : "").setId("update")
                .setCaption(messages.get("marketplace.ui.update")).setStyleGenerator(a -> a.updatable() ? "crm-marketplace-badge" : null)
                .setExpandRatio(1);
        grid.getColumns().forEach(c -> c.setMinimumWidth(c.getId().equals("icon") ? 56 : 70));
        Grids.orderColumns(grid, context.rightToLeft());
    }

    /** Lists the add-ons again for the filters, keeping the one selected, and the categories to choose from. */
    void refresh() {
        String selectedId = grid.getSelectedItems().stream().findFirst().map(Addon::id).orElse(null);
        Optional<List<Addon>> found = context.call(() -> {
            offer(marketplace.addons(context.caller(), AddonQuery.ALL).stream().map(a -> a.latest().category())
                    .filter(c -> c != null && !c.isEmpty()).distinct().sorted().toList());
            return marketplace.addons(context.caller(), query());
        });
        if (found.isEmpty()) {
            return;
        }
        grid.setItems(found.get());
        Optional<Addon> again = found.get().stream().filter(a -> a.id().equals(selectedId)).findFirst();
        again.ifPresentOrElse(grid::select, grid::deselectAll);
        details.show(again);
    }

    private void offer(List<String> offered) {
        if (offered.equals(categories)) {
            return;
        }
        String chosen = category.getValue();
        categories = offered;
        offering = true;
        try {
            category.setItems(offered);
            category.setValue(offered.contains(chosen) ? chosen : null);
        } finally {
            offering = false;
        }
    }

    private AddonQuery query() {
        String words = search.getValue().strip();
        Boolean installed = switch (shown.getValue() == null ? Shown.ALL : shown.getValue()) {
            case INSTALLED -> Boolean.TRUE;
            case AVAILABLE -> Boolean.FALSE;
            default -> null;
        };
        return new AddonQuery(words.isEmpty() ? null : words, category.getValue(), installed);
    }

    /** A job moved on, whoever started it: the one followed here shows it, and a finished one changes the list. */
    void jobChanged(JobEvents.JobEvent event) {
        if (!details.jobChanged(event) && event.state().finished()) {
            refresh();
        }
    }
}
