package org.peyvand.module.network;

/**
 * A filter of the network's nodes; each part is optional.
 *
 * @param regionId a province (with its cities) or a city
 */
public record NodeQuery(Long regionId, Long classId, NodeRole role) {
}
