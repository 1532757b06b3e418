package org.peyvand.platform.workflow.internal.model;

import java.util.List;
import java.util.Map;

/**
 * One element of a process diagram, as the engine runs it.
 *
 * @param scope        the id of the sub-process it lies in; null at the top of the process
 * @param incoming     how many sequence flows enter it (a parallel gateway waits for all of them)
 * @param defaultFlow  the id of an exclusive gateway's default flow
 * @param inputs       a service task's input parameters: name to text, expressions in {@code ${ }}
 * @param outputs      variables a task sets when it completes (a business rule's results): name to expression
 * @param attachedTo   a boundary event's activity
 * @param interrupting whether a boundary timer ends its activity
 * @param message      the CRM event topic a message start event listens to
 * @param start        a sub-process's plain start event
 * @param boundaries   the boundary timer events attached to this activity
 */
public record Node(String id, String name, NodeKind kind, String scope, List<Flow> outgoing, int incoming, String defaultFlow,
        UserTaskSpec task, String executor, Map<String, String> inputs, Map<String, String> outputs, String calledElement,
        TimerSpec timer, String attachedTo, boolean interrupting, String message, String start, List<String> boundaries) {

    /** The name to show: the diagram's name, else the id. */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }
}
