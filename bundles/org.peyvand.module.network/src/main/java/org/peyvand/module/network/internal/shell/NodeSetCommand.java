package org.peyvand.module.network.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.peyvand.module.network.NetworkNode;
import org.peyvand.module.network.NetworkService;
import org.peyvand.module.network.NodeInput;
import org.peyvand.module.network.internal.NodeLabels;
import org.peyvand.module.network.internal.Params;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "network", name = "set", description = "Sets an organisation's role, class and region in the sales network; what is left out is cleared, e.g. network:set --role agency --class 51 --region 8 12")
@Service
public class NodeSetCommand extends CrmAction {

    @Reference(optional = true)
    NetworkService service;

    @Argument(index = 0, name = "account-id", required = true, description = "The organisation's account id")
    long accountId;

    @Option(name = "--role", description = "head-office, subsidiary, agency, distribution-centre or sales-centre")
    @Completion(value = StringsCompleter.class, values = { "head-office", "subsidiary", "agency", "distribution-centre", "sales-centre" })
    String role;

    @Option(name = "--class", description = "A class id, for agencies and sales centres")
    String classId;

    @Option(name = "--region", description = "A province or city id")
    String regionId;

    @Override
    protected void run(Caller caller, Messages messages) {
        NetworkNode node = service.assign(caller, accountId, new NodeInput(Params.role(role, "role"), Params.number(classId, "classId"),
                Params.number(regionId, "regionId")), null);
        NodeLabels labels = new NodeLabels(caller, messages);
        System.out.println(messages.get("network.shell.set", labels.name(node), labels.role(node), labels.nodeClass(node), labels.region(node)));
    }
}
