package org.peyvand.module.network.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.module.network.NetworkNode;
import org.peyvand.module.network.NetworkService;
import org.peyvand.module.network.NetworkTree;
import org.peyvand.module.network.internal.NodeLabels;
import org.peyvand.module.network.internal.Params;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "network", name = "tree", description = "Prints the sales network from an organisation, or from its tops, with each node's role, class, region and figures")
@Service
public class NetworkTreeCommand extends CrmAction {
    private static final String INDENT = "  ";

    @Reference(optional = true)
    NetworkService service;

    @Argument(index = 0, name = "root", description = "An account id; left out for the tops of the network")
    String root;

    @Option(name = "-d", aliases = "--depth", description = "Levels beneath each top, 0 to 5")
    int depth = 2;

    @Option(name = "-n", aliases = "--limit", description = "How many tops to show, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        Page<NetworkTree> page = service.tree(caller, Params.number(root, "root"), depth, PageRequest.first(limit, null, false));
        NodeLabels labels = new NodeLabels(caller, messages);
        page.items().forEach(tree -> print(tree, "", labels));
        if (page.hasNext()) {
            System.out.println(messages.get("network.shell.more"));
        }
    }

    private static void print(NetworkTree tree, String indent, NodeLabels labels) {
        NetworkNode node = tree.node();
        StringBuilder line = new StringBuilder(indent).append(labels.name(node)).append(" #").append(node.accountId());
        for (String part : new String[] { labels.role(node), labels.nodeClass(node), labels.region(node) }) {
            if (!part.isEmpty()) {
                line.append(" | ").append(part);
            }
        }
        System.out.println(line.append(" | ").append(labels.rollUp(node.rollUp())));
        tree.children().forEach(child -> print(child, indent + INDENT, labels));
    }
}
