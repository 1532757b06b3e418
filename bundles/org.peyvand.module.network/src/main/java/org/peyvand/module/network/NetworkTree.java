package org.peyvand.module.network;

import java.util.List;

/** A node with the nodes beneath it, as deep as was asked. */
public record NetworkTree(NetworkNode node, List<NetworkTree> children) {

    public NetworkTree {
        children = List.copyOf(children);
    }
}
