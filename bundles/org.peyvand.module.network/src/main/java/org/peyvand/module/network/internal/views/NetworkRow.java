package org.peyvand.module.network.internal.views;

import org.peyvand.module.network.NetworkNode;

/**
 * A node where it stands in the tree grid. An organisation under two parents shows under both, so
 * a row is told apart by its path from the top rather than by the organisation.
 */
record NetworkRow(String path, NetworkNode node) {

    NetworkRow child(NetworkNode child) {
        return new NetworkRow(path + "/" + child.accountId(), child);
    }

    static NetworkRow top(NetworkNode node) {
        return new NetworkRow(String.valueOf(node.accountId()), node);
    }
}
