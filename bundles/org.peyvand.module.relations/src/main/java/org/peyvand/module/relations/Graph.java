package org.peyvand.module.relations;

import java.util.List;

/**
 * The neighbourhood of a record: the records reached within a depth, following links both ways,
 * and the links between them.
 *
 * @param truncated the node limit cut the walk short: more records are linked than shown
 */
public record Graph(List<Node> nodes, List<Edge> edges, boolean truncated) {

    public Graph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * @param depth how many links away from the start; 0 for the start itself
     * @param name  {@code null} when the caller may not see the record
     */
    public record Node(RecordKey record, String name, int depth) {
    }

    /** @param name the type's name read from the source */
    public record Edge(long linkId, RecordKey from, RecordKey to, String typeCode, String name) {
    }
}
