package org.peyvand.ui.workflow.internal.diagram;

import java.util.HashMap;
import java.util.Map;

import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * A change to one element's properties, applied in the diagram as one undoable step.
 *
 * @param attrs     attributes to set; an empty value removes the attribute
 * @param condition the new body of a sequence flow's condition (empty removes it); null leaves it
 * @param timer     the timer that replaces a timer event's definition; null leaves it
 */
public record DiagramChange(String id, Map<String, String> attrs, String condition, DiagramElement.Timer timer) {

    public DiagramChange {
        attrs = Map.copyOf(attrs);
    }

    public static DiagramChange attrs(String id, Map<String, String> attrs) {
        return new DiagramChange(id, attrs, null, null);
    }

    /** One attribute set, or removed when {@code value} is empty. */
    public static DiagramChange attr(String id, String name, String value) {
        Map<String, String> attrs = new HashMap<>();
        attrs.put(name, value == null ? "" : value);
        return attrs(id, attrs);
    }

    JsonObject toJson() {
        JsonObject json = Json.createObject();
        json.put("id", id);
        json.put("attrs", strings(attrs));
        if (condition != null) {
            json.put("condition", condition);
        }
        if (timer != null) {
            JsonObject definition = Json.createObject();
            definition.put("kind", timer.kind());
            definition.put("value", timer.value());
            definition.put("attrs", strings(timer.attrs()));
            json.put("timer", definition);
        }
        return json;
    }

    private static JsonObject strings(Map<String, String> values) {
        JsonObject json = Json.createObject();
        values.forEach(json::put);
        return json;
    }
}
