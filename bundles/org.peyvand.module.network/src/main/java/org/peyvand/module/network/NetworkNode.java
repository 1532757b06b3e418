package org.peyvand.module.network;

/**
 * One organisation as the network shows it.
 *
 * @param name        the account's name; {@code null} when the caller may not see it
 * @param role        {@code null} until someone sets it, as are the class and the region
 * @param hasChildren some subsidiary link the caller may see points at it
 * @param version     of the network's facts about it; {@code null} while it has none
 */
public record NetworkNode(long accountId, String name, NodeRole role, NodeClass nodeClass, Region region, boolean hasChildren, RollUp rollUp,
        Long version) {
}
