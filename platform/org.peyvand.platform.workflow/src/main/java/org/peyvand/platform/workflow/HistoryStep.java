package org.peyvand.platform.workflow;

import java.time.Instant;
import java.util.Map;

/**
 * One step of an instance's history.
 *
 * @param event   what happened: {@code started}, {@code entered}, {@code completed}, {@code timer},
 *                {@code escalated}, {@code failed}, {@code suspended}, {@code resumed}, {@code cancelled},
 *                {@code migrated}, {@code ended}
 * @param actor   the user, or {@code system} for the engine
 * @param outcome a short result, such as the flow a gateway took or the reason of a cancel
 * @param values  the form values a completed task carried
 */
public record HistoryStep(long id, String elementId, String elementName, String event, String actor, Instant at, String outcome,
        Map<String, Object> values) {

    public HistoryStep {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
