package org.peyvand.platform.workflow;

import java.time.Instant;
import java.util.List;

/**
 * The newest version of a process.
 *
 * @param key                  the BPMN process id
 * @param name                 the process's name in its diagram
 * @param startable            whether it has a plain start event, so people may start it by hand
 * @param unavailableExecutors the service-task executors it names that no started module offers now
 */
public record ProcessSummary(String key, String name, int version, String deployedBy, Instant deployedAt, boolean startable,
        List<String> unavailableExecutors) {

    public ProcessSummary {
        unavailableExecutors = List.copyOf(unavailableExecutors);
    }
}
