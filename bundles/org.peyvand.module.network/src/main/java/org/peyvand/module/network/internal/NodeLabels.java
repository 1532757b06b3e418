package org.peyvand.module.network.internal;

import org.peyvand.module.network.NetworkNode;
import org.peyvand.module.network.RollUp;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;

/** How the shell and the screens name a node's parts, in the caller's language and digits. */
public final class NodeLabels {
    private final Caller caller;
    private final Messages messages;
    private final DisplayFormat format;

    public NodeLabels(Caller caller, Messages messages) {
        this.caller = caller;
        this.messages = messages;
        this.format = DisplayFormat.of(caller.preferences());
    }

    /** The account's name, or its number when the caller may not see it. */
    public String name(NetworkNode node) {
        return node.name() != null ? node.name() : messages.get("network.account", number(node.accountId()));
    }

    public String role(NetworkNode node) {
        return node.role() == null ? "" : messages.get(node.role().labelKey());
    }

    public String nodeClass(NetworkNode node) {
        return node.nodeClass() == null ? "" : node.nodeClass().code() + " " + node.nodeClass().name(caller.locale());
    }

    public String region(NetworkNode node) {
        return node.region() == null ? "" : node.region().name(caller.locale());
    }

    /** "3 agencies, 1 distribution centre ..." in short: the counts beneath, with a + where the walk stopped short. */
    public String rollUp(RollUp rollUp) {
        String more = rollUp.truncated() ? "+" : "";
        return messages.get("network.rollUp.summary", number(rollUp.organisations()) + more, number(rollUp.agencies()),
                number(rollUp.distributionCentres()), number(rollUp.salesCentres()), people(rollUp));
    }

    public String people(RollUp rollUp) {
        return rollUp.people() == null ? "-" : number(rollUp.people());
    }

    public String number(long number) {
        return format.number(number);
    }
}
