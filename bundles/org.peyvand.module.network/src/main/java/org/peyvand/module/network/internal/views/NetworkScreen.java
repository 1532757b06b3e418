package org.peyvand.module.network.internal.views;

import java.util.List;

import org.peyvand.module.network.NetworkNode;
import org.peyvand.module.network.NetworkService;
import org.peyvand.module.network.NetworkTree;
import org.peyvand.module.network.NodeClass;
import org.peyvand.module.network.NodeQuery;
import org.peyvand.module.network.Region;
import org.peyvand.module.network.internal.NodeLabels;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TreeGrid;

/**
 * The sales network as a tree grid: the tops of the network (or one organisation, from the address
 * {@code network/12}), each expanded a level at a time, with role, class, region and the figures
 * beneath. Filtering by region or class lists the matching organisations as tops instead. The side
 * panel shows the selected one and changes its role, class and region.
 */
final class NetworkScreen extends CssLayout implements View {
    private static final long serialVersionUID = 1L;
    /** Tops read at once; more are announced. */
    private static final int SHOWN = PageRequest.MAX_LIMIT;

    private final transient UiContext context;
    private final transient NetworkService network;
    private final transient NodeLabels labels;
    private final RegionPicker regionFilter;
    private final ComboBox<NodeClass> classFilter;
    private final Label note = new Label();
    private final TreeGrid<NetworkRow> grid = new TreeGrid<>();
    private final NetworkDataProvider rows;
    private final NodePanel panel;
    private transient List<NetworkRow> tops = List.of();
    private Long root;

    NetworkScreen(UiContext context, NetworkService network, boolean managesNodes, boolean managesRegions) {
        this.context = context;
        this.network = network;
        this.labels = new NodeLabels(context.caller(), context.messages());
        Messages messages = context.messages();
        setId("view-network");
        addStyleName("crm-page");
        setSizeFull();

        Label title = new Label(messages.get("network.menu"));
        title.addStyleName("crm-page-title");
        List<Region> provinces = context.call(() -> network.provinces(context.caller())).orElse(List.of());
        List<NodeClass> classes = context.call(() -> network.classes(context.caller())).orElse(List.of());

        regionFilter = new RegionPicker(context, network, "network-filter", provinces);
        regionFilter.addValueChangeListener(this::refresh);
        classFilter = new ComboBox<>(messages.get("network.field.classId"), classes);
        classFilter.setId("network-filter-class");
        classFilter.setItemCaptionGenerator(c -> c.code() + " " + c.name(context.caller().locale()));
        classFilter.addValueChangeListener(e -> refresh());
        Button all = new Button(messages.get("network.showAll"), VaadinIcons.SITEMAP);
        all.setId("network-all");
        all.addClickListener(e -> {
            root = null;
            refresh();
        });
        Button regions = new Button(messages.get("network.regions"), VaadinIcons.MAP_MARKER);
        regions.setId("network-regions");
        regions.setVisible(managesRegions);
        regions.addClickListener(e -> getUI().addWindow(new RegionsWindow(context, network, provinces)));
        Button classesButton = new Button(messages.get("network.classes"), VaadinIcons.STAR);
        classesButton.setId("network-classes");
        classesButton.setVisible(managesRegions);
        classesButton.addClickListener(e -> getUI().addWindow(new ClassesWindow(context, network)));
        CssLayout toolbar = new CssLayout(regionFilter, classFilter, all, regions, classesButton);
        toolbar.addStyleName("crm-row");

        note.setId("network-note");
        note.addStyleName("crm-muted");
        note.setVisible(false);

        rows = new NetworkDataProvider(new NetworkDataProvider.Levels() {
            @Override
            public List<NetworkRow> tops() {
                return tops;
            }

            @Override
            public List<NetworkRow> children(NetworkRow parent) {
                return context.call(() -> network.children(context.caller(), parent.node().accountId())).orElse(List.of()).stream()
                        .map(parent::child).toList();
            }
        });
        grid.setId("network-grid");
        grid.setDataProvider(rows);
        grid.setWidth("100%");
        grid.setHeight("520px");
        grid.addColumn(row -> labels.name(row.node())).setId("name").setCaption(messages.get("network.field.name"));
        grid.addColumn(row -> labels.role(row.node())).setId("role").setCaption(messages.get("network.field.role"));
        grid.addColumn(row -> labels.nodeClass(row.node())).setId("class").setCaption(messages.get("network.field.classId"));
        grid.addColumn(row -> labels.region(row.node())).setId("region").setCaption(messages.get("network.field.regionId"));
        grid.addColumn(row -> labels.number(row.node().rollUp().organisations()) + (row.node().rollUp().truncated() ? "+" : "")).setId("organisations")
                .setCaption(messages.get("network.rollUp.organisations"));
        grid.addColumn(row -> labels.number(row.node().rollUp().agencies())).setId("agencies").setCaption(messages.get("network.rollUp.agencies"));
        grid.addColumn(row -> labels.number(row.node().rollUp().distributionCentres())).setId("distributionCentres")
                .setCaption(messages.get("network.rollUp.distributionCentres"));
        grid.addColumn(row -> labels.number(row.node().rollUp().salesCentres())).setId("salesCentres")
                .setCaption(messages.get("network.rollUp.salesCentres"));
        grid.addColumn(row -> labels.people(row.node().rollUp())).setId("people").setCaption(messages.get("network.rollUp.people"));
        grid.setHierarchyColumn("name");

        panel = new NodePanel(context, network, managesNodes, classes, provinces, this::refresh);
        grid.addSelectionListener(e -> panel.show(e.getFirstSelectedItem().map(NetworkRow::node).orElse(null)));

        HorizontalLayout body = new HorizontalLayout(grid, panel);
        body.setWidth("100%");
        body.setExpandRatio(grid, 1);
        addComponents(title, toolbar, note, body);
        refresh();
    }

    /** {@code network/12} shows the tree from account 12. */
    @Override
    public void enter(ViewChangeEvent event) {
        String parameters = event.getParameters();
        if (parameters != null && parameters.matches("\\d{1,18}")) {
            root = Long.parseLong(parameters);
            refresh();
        }
    }

    /** Reads the tops again (the levels beneath are read as they are expanded). */
    private void refresh() {
        note.setVisible(false);
        panel.show(null);
        tops = readTops();
        rows.refreshAll();
    }

    private List<NetworkRow> readTops() {
        Region region = regionFilter.value();
        NodeClass nodeClass = classFilter.getValue();
        PageRequest first = PageRequest.first(SHOWN, null, false);
        if (region != null || nodeClass != null) {
            NodeQuery query = new NodeQuery(region == null ? null : region.id(), nodeClass == null ? null : nodeClass.id(), null);
            return context.call(() -> network.find(context.caller(), query, first)).map(this::announceMore).orElse(List.of()).stream()
                    .map(NetworkRow::top).toList();
        }
        return context.call(() -> network.tree(context.caller(), root, 0, first)).map(page -> announceMore(page.map(NetworkTree::node)))
                .orElse(List.of()).stream().map(NetworkRow::top).toList();
    }

    private List<NetworkNode> announceMore(Page<NetworkNode> page) {
        if (page.hasNext()) {
            note.setValue(context.messages().get("network.more", SHOWN));
            note.setVisible(true);
        }
        return page.items();
    }
}
