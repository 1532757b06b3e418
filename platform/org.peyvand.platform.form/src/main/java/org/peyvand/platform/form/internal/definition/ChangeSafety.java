package org.peyvand.platform.form.internal.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.internal.values.FieldValues;
import org.peyvand.platform.form.internal.values.InvalidValue;

/**
 * Makes a new version of a form safe for the values already stored: fields left out are kept as
 * removed, and a field whose type or choices change either has every stored value converted or the
 * change is refused, naming the records whose values would not convert.
 */
public final class ChangeSafety {
    /** How many records a refusal names; the count covers the rest. */
    static final int NAMED_RECORDS = 20;

    /** One stored value of a record to rewrite in the new form of its field. */
    public record Conversion(String field, long recordId, Object value) {
    }

    /** The version to publish and the conversions to apply with it. */
    public record Plan(FormDefinition form, List<Conversion> conversions) {
    }

    private ChangeSafety() {
    }

    /**
     * @param previous the version in force; {@code null} for a first version
     * @param stored   the stored values of a field as text by record id ({@code StoredValues.asText})
     * @throws ConflictException when stored values of a changed field would not convert
     */
    public static Plan plan(FormDefinition previous, FormDefinition next, BiFunction<String, String, Map<Long, List<String>>> stored) {
        if (previous == null) {
            return new Plan(next, List.of());
        }
        List<FieldDefinition> fields = new ArrayList<>(next.fields());
        Set<String> named = next.fields().stream().map(FieldDefinition::name).collect(Collectors.toSet());
        previous.fields().stream().filter(f -> !f.builtIn() && !named.contains(f.name())).map(f -> f.withRemoved(true)).forEach(fields::add);
        List<Conversion> conversions = new ArrayList<>();
        List<FieldError> refusals = new ArrayList<>();
        for (FieldDefinition field : next.customFields()) {
            FieldDefinition before = previous.field(field.name()).orElse(null);
            if (before == null || before.builtIn() || !changesStorage(before, field)) {
                continue;
            }
            Map<Long, String> failures = new LinkedHashMap<>();
            stored.apply(next.key(), field.name()).forEach((recordId, texts) -> {
                try {
                    Object value = FieldValues.parse(field.withRequired(false), texts.size() == 1 ? texts.get(0) : texts);
                    conversions.add(new Conversion(field.name(), recordId, value));
                } catch (InvalidValue invalid) {
                    failures.put(recordId, String.join(", ", texts));
                }
            });
            if (!failures.isEmpty()) {
                String records = failures.entrySet().stream().limit(NAMED_RECORDS)
                        .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
                refusals.add(FieldError.of(field.name(), "form.error.wouldNotConvert", failures.size(), records));
            }
        }
        if (!refusals.isEmpty()) {
            throw new ConflictException("form.error.dataWouldBeLost", refusals);
        }
        return new Plan(next.withFields(fields), conversions);
    }

    /** A change that may make stored values invalid: another type, or choices taken away. */
    private static boolean changesStorage(FieldDefinition before, FieldDefinition after) {
        if (before.type() != after.type()) {
            return true;
        }
        Set<String> kept = after.options().stream().map(FieldOption::value).collect(Collectors.toSet());
        return before.options().stream().map(FieldOption::value).anyMatch(value -> !kept.contains(value))
                || !Objects.equals(before.lookupType(), after.lookupType());
    }
}
