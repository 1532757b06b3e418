package org.peyvand.ui.kit;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.peyvand.platform.form.Condition;
import org.peyvand.platform.form.FieldDefinition;

/**
 * Which defined fields a form shows and requires for the values entered so far. A field hidden by
 * its condition counts as empty, as the form sends it, so a field that depends on a hidden one
 * follows it out of sight.
 */
final class FieldRules {

    /** The fields shown and, among them, those required. */
    record Outcome(Set<String> shown, Set<String> required) {
    }

    private FieldRules() {
    }

    static Outcome evaluate(Collection<FieldDefinition> fields, Map<String, ?> values) {
        Set<String> hidden = Set.of();
        Map<String, Object> seen = new HashMap<>(values);
        // a chain of conditions settles within one round per field; a cycle of them stops there too
        for (int round = 0; round <= fields.size(); round++) {
            Set<String> next = new HashSet<>();
            for (FieldDefinition field : fields) {
                if (!holds(field.visibleWhen(), seen)) {
                    next.add(field.name());
                }
            }
            if (next.equals(hidden)) {
                break;
            }
            hidden = next;
            seen = new HashMap<>(values);
            for (String name : hidden) {
                seen.put(name, null);
            }
        }
        Set<String> shown = new HashSet<>();
        Set<String> required = new HashSet<>();
        for (FieldDefinition field : fields) {
            if (!hidden.contains(field.name())) {
                shown.add(field.name());
                if (field.required() || field.requiredWhen() != null && field.requiredWhen().holds(seen)) {
                    required.add(field.name());
                }
            }
        }
        return new Outcome(Set.copyOf(shown), Set.copyOf(required));
    }

    /** The fields whose values some condition reads: changing one of them may show, hide or require another. */
    static Set<String> watched(Collection<FieldDefinition> fields) {
        Set<String> names = new HashSet<>();
        for (FieldDefinition field : fields) {
            if (field.visibleWhen() != null) {
                names.add(field.visibleWhen().field());
            }
            if (field.requiredWhen() != null) {
                names.add(field.requiredWhen().field());
            }
        }
        return names;
    }

    private static boolean holds(Condition condition, Map<String, ?> values) {
        return condition == null || condition.holds(values);
    }
}
