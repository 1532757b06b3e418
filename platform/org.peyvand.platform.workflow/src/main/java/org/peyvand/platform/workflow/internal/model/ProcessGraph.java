package org.peyvand.platform.workflow.internal.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A process as the engine runs it: its elements by id, read once from the BPMN XML of a version.
 *
 * @param start         the plain start event at the top of the process, if any
 * @param messageStarts start events that listen to a CRM event
 * @param timerStarts   start events that start an instance on a schedule
 */
public record ProcessGraph(String key, String name, Map<String, Node> nodes, String start, List<Node> messageStarts,
        List<Node> timerStarts) {

    public Node node(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("the process " + key + " has no element " + id);
        }
        return node;
    }

    public Optional<Node> find(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The executors its service tasks name. */
    public List<String> executors() {
        return nodes.values().stream().map(Node::executor).filter(e -> e != null).distinct().sorted().toList();
    }
}
