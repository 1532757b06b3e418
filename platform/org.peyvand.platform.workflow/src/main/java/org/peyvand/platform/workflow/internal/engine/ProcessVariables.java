package org.peyvand.platform.workflow.internal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Process variables: text, numbers, true/false, null and lists of those, stored as JSON with the
 * instance. Numbers are kept as decimals, as the expression sandbox computes them.
 */
public final class ProcessVariables {
    public static final int MAX_NAMES = 200;
    public static final int MAX_TEXT = 4000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private ProcessVariables() {
    }

    public static Map<String, Object> read(String json) {
        try {
            Map<String, Object> values = JSON.readValue(json, MAP);
            values.replaceAll((name, value) -> normal(value));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Values given from outside (a start, a completed task without a form), checked and normalised.
     *
     * @throws ValidationException naming each variable whose name or value is not allowed, on the field {@code variables.<name>}
     */
    public static Map<String, Object> accept(Map<String, ?> given) {
        Map<String, Object> accepted = new LinkedHashMap<>();
        if (given == null) {
            return accepted;
        }
        List<FieldError> errors = new ArrayList<>();
        if (given.size() > MAX_NAMES) {
            throw ValidationException.of("variables", "workflow.error.variables.tooMany", MAX_NAMES);
        }
        given.forEach((name, value) -> {
            if (name == null || !NAME.matcher(name).matches()) {
                errors.add(FieldError.of("variables." + name, "workflow.error.variables.name"));
            } else if (!allowed(value)) {
                errors.add(FieldError.of("variables." + name, "workflow.error.variables.value", MAX_TEXT));
            } else {
                accepted.put(name, normal(value));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return accepted;
    }

    private static boolean allowed(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Number) {
            return true;
        }
        if (value instanceof String text) {
            return text.length() <= MAX_TEXT;
        }
        if (value instanceof List<?> list) {
            return list.size() <= MAX_NAMES && list.stream().allMatch(v -> !(v instanceof List) && allowed(v));
        }
        return false;
    }

    /** Numbers as BigDecimal, so that {@code 3 == 3.0} and sums stay exact. */
    static Object normal(Object value) {
        if (value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ProcessVariables::normal).toList();
        }
        return value;
    }
}
