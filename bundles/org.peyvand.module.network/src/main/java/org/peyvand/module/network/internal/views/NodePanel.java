package org.peyvand.module.network.internal.views;

import java.util.List;

import org.peyvand.module.network.NetworkNode;
import org.peyvand.module.network.NetworkService;
import org.peyvand.module.network.NodeClass;
import org.peyvand.module.network.NodeInput;
import org.peyvand.module.network.NodeRole;
import org.peyvand.module.network.Region;
import org.peyvand.module.network.internal.NodeLabels;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The side panel of the selected organisation: its figures, and its role, class and region to
 * change for those who may. A class is offered for agencies and sales centres only.
 */
final class NodePanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient NetworkService network;
    private final transient NodeLabels labels;
    private final transient Runnable onSaved;
    private final Label title = new Label();
    private final Label figures = new Label();
    private final ComboBox<NodeRole> role;
    private final ComboBox<NodeClass> nodeClass;
    private final RegionPicker region;
    private final Button save;
    private final Button open;
    private final ProblemsLabel problems;
    private NetworkNode node;

    NodePanel(UiContext context, NetworkService network, boolean manages, List<NodeClass> classes, List<Region> provinces, Runnable onSaved) {
        this.context = context;
        this.network = network;
        this.onSaved = onSaved;
        this.labels = new NodeLabels(context.caller(), context.messages());
        Messages messages = context.messages();
        setId("network-node-panel");
        setWidth("24em");
        setMargin(false);
        title.setId("network-node-title");
        title.addStyleName(ValoTheme.LABEL_H3);
        figures.setId("network-node-figures");
        figures.addStyleName("crm-muted");

        nodeClass = new ComboBox<>(messages.get("network.field.classId"), classes);
        nodeClass.setId("network-node-class");
        nodeClass.setItemCaptionGenerator(c -> c.code() + " " + c.name(context.caller().locale()));
        role = new ComboBox<>(messages.get("network.field.role"), List.of(NodeRole.values()));
        role.setId("network-node-role");
        role.setItemCaptionGenerator(r -> messages.get(r.labelKey()));
        role.addValueChangeListener(e -> {
            boolean classified = e.getValue() != null && e.getValue().classified();
            nodeClass.setEnabled(manages && classified);
            if (!classified) {
                nodeClass.clear();
            }
        });
        region = new RegionPicker(context, network, "network-node", provinces);
        region.setCaption(messages.get("network.field.regionId"));

        save = new Button(messages.get("ui.action.save"), VaadinIcons.CHECK);
        save.setId("network-node-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        save.setVisible(manages);
        save.addClickListener(e -> save());
        open = new Button(messages.get("network.openAccount"), VaadinIcons.EXTERNAL_LINK);
        open.setId("network-node-open");
        open.addStyleName(ValoTheme.BUTTON_LINK);
        open.addClickListener(e -> context.openRecord("accounts.account", String.valueOf(node.accountId())));
        problems = new ProblemsLabel(context, "network-node-problems");

        role.setReadOnly(!manages);
        nodeClass.setReadOnly(!manages);
        region.setEnabled(manages);
        FormLayout form = new FormLayout(role, nodeClass, region);
        form.setMargin(false);
        addComponents(title, figures, form, problems, save, open);
        show(null);
    }

    void show(NetworkNode shown) {
        node = shown;
        setVisible(shown != null);
        if (shown == null) {
            return;
        }
        title.setValue(labels.name(shown));
        figures.setValue(labels.rollUp(shown.rollUp()));
        role.setValue(shown.role());
        nodeClass.setValue(shown.nodeClass());
        region.setValue(shown.region());
    }

    private void save() {
        Region picked = region.value();
        NodeInput input = new NodeInput(role.getValue(), nodeClass.getValue() == null ? null : nodeClass.getValue().id(),
                picked == null ? null : picked.id());
        if (problems.attempt(() -> show(network.assign(context.caller(), node.accountId(), input, node.version())))) {
            context.showSuccess(context.messages().get("ui.saved"));
            onSaved.run();
        }
    }
}
