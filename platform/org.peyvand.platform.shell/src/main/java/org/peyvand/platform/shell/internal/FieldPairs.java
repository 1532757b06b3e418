package org.peyvand.platform.shell.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peyvand.platform.core.error.ValidationException;

/** {@code name=value} arguments, as commands that take a record's or a task's values read them. */
public final class FieldPairs {

    private FieldPairs() {
    }

    /** @throws ValidationException naming the argument that has no {@code =} */
    public static Map<String, Object> parse(List<String> pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw ValidationException.of(pair, "form.error.pair");
            }
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }
}
