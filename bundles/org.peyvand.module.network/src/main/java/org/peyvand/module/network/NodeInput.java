package org.peyvand.module.network;

/**
 * The network's facts about one organisation; all three empty take it out of the network's records.
 *
 * @param classId a class, for agencies and sales centres only
 * @param regionId a province or a city
 */
public record NodeInput(NodeRole role, Long classId, Long regionId) {
}
