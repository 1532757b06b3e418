package org.peyvand.platform.workflow;

import java.util.List;
import java.util.Map;

/** An instance with its variables, its history oldest first, and its open incidents. */
public record InstanceDetail(ProcessInstance instance, Map<String, Object> variables, List<HistoryStep> history,
        List<Incident> incidents) {

    public InstanceDetail {
        variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
        history = List.copyOf(history);
        incidents = List.copyOf(incidents);
    }
}
