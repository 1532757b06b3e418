package org.peyvand.module.network.internal.views;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.network.NetworkService;
import org.peyvand.module.network.internal.NodeLabels;
import org.peyvand.module.network.internal.Permissions;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.RecordTab;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Adds a Network tab to the screens of accounts, for those who may read the network: the
 * organisation's role, class and region, the figures beneath it, and a button to its tree.
 */
@Component(service = RecordTab.class, property = RecordTab.ORDER + ":Integer=25")
public class RecordNetworkTab implements RecordTab {
    private static final String ACCOUNT = "accounts.account";

    private final NetworkService network;
    private final AccessGuard guard;

    @Activate
    public RecordNetworkTab(@Reference NetworkService network, @Reference AccessGuard guard) {
        this.network = network;
        this.guard = guard;
    }

    @Override
    public Optional<com.vaadin.ui.Component> create(UiContext context, RecordRef record) {
        if (!ACCOUNT.equals(record.type()) || !record.id().matches("\\d{1,18}") || !guard.allows(context.caller(), Permissions.READ)) {
            return Optional.empty();
        }
        long accountId = Long.parseLong(record.id());
        Messages messages = context.messages();
        NodeLabels labels = new NodeLabels(context.caller(), messages);
        return context.call(() -> network.node(context.caller(), accountId)).map(node -> {
            FormLayout facts = new FormLayout(fact(messages, "network.field.role", labels.role(node)), fact(messages, "network.field.classId", labels.nodeClass(node)),
                    fact(messages, "network.field.regionId", labels.region(node)), fact(messages, "network.rollUp.title", labels.rollUp(node.rollUp())));
            facts.setMargin(false);
            Button tree = new Button(messages.get("network.showTree"), VaadinIcons.SITEMAP);
            tree.setId("record-network-tree");
            tree.addStyleName(ValoTheme.BUTTON_LINK);
            tree.addClickListener(e -> {
                // the record's window would stay over the network screen
                Window window = tree.findAncestor(Window.class);
                if (window != null) {
                    window.close();
                }
                context.navigate(NetworkView.ID, String.valueOf(accountId));
            });
            VerticalLayout tab = new VerticalLayout(facts, tree);
            tab.setId("record-network");
            tab.setCaption(messages.get("network.menu"));
            tab.setMargin(false);
            return tab;
        }).map(com.vaadin.ui.Component.class::cast);
    }

    private static Label fact(Messages messages, String captionKey, String value) {
        Label label = new Label(value);
        label.setCaption(messages.get(captionKey));
        return label;
    }
}
