package org.peyvand.ui.workflow.internal.diagram;

import java.util.LinkedHashMap;
import java.util.Map;

import elemental.json.JsonObject;
import elemental.json.JsonType;

/**
 * A diagram element as the designer reports it.
 *
 * @param type      its BPMN type, such as {@code bpmn:UserTask}
 * @param eventType the type of its event definition, such as {@code bpmn:TimerEventDefinition}; null if none
 * @param attrs     its attributes by their names in the XML ({@code name}, {@code camunda:assignee} ...)
 * @param condition the body of a sequence flow's condition; null if it has none
 * @param timer     the timer of a timer event; null for other elements
 */
public record DiagramElement(String id, String type, String eventType, Map<String, String> attrs, String condition, Timer timer) {

    public DiagramElement {
        attrs = Map.copyOf(attrs);
    }

    /**
     * @param kind  {@code timeDuration}, {@code timeDate} or {@code timeCycle}; empty when not set
     * @param attrs the attributes of the timer definition itself
     */
    public record Timer(String kind, String value, Map<String, String> attrs) {
        public Timer {
            attrs = Map.copyOf(attrs);
        }
    }

    public String attr(String name) {
        return attrs.getOrDefault(name, "");
    }

    static DiagramElement of(JsonObject json) {
        JsonObject timer = json.hasKey("timer") ? json.getObject("timer") : null;
        return new DiagramElement(text(json, "id"), text(json, "type"), json.hasKey("eventType") ? text(json, "eventType") : null,
                strings(json.getObject("attrs")), json.hasKey("condition") ? text(json, "condition") : null,
                timer == null ? null : new Timer(text(timer, "kind"), text(timer, "value"), strings(timer.getObject("attrs"))));
    }

    private static String text(JsonObject json, String key) {
        return json.hasKey(key) && json.get(key).getType() != JsonType.NULL ? json.getString(key) : "";
    }

    private static Map<String, String> strings(JsonObject json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json != null) {
            for (String key : json.keys()) {
                values.put(key, text(json, key));
            }
        }
        return values;
    }
}
