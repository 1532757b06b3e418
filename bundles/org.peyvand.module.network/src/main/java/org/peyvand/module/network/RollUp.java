package org.peyvand.module.network;

/**
 * Figures of the organisations beneath a node, along the subsidiary links, each counted once.
 *
 * @param organisations every organisation beneath, whatever its role
 * @param people        the contacts the caller may see working at the node and the organisations
 *                      beneath; {@code null} for a caller who may not read contacts
 * @param truncated     the tree went deeper than the walk follows, so the figures are a floor
 */
public record RollUp(int organisations, int subsidiaries, int agencies, int distributionCentres, int salesCentres, Long people,
        boolean truncated) {
}
