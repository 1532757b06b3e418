package org.peyvand.platform.testing.form;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.CustomMatch;
import org.peyvand.platform.form.CustomSort;
import org.peyvand.platform.form.CustomValues;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.security.Caller;

/** Custom fields as they stand before an administrator adds any: none; any custom value given is an unknown field. */
public final class NoCustomFields implements CustomFields {

    @Override
    public Optional<FormDefinition> form(String type) {
        return Optional.empty();
    }

    @Override
    public List<FormDefinition> recordTypes() {
        return List.of();
    }

    @Override
    public List<FormDefinition> standAloneForms() {
        return List.of();
    }

    @Override
    public CustomValues check(Caller caller, String type, Long id, Map<String, ?> input, Map<String, ?> builtIn) {
        if (!input.isEmpty()) {
            throw new ValidationException(input.keySet().stream().map(name -> FieldError.of(name, "core.error.unknownField")).toList());
        }
        return new CustomValues(type, Map.of(), Map.of());
    }

    @Override
    public void store(String type, long id, CustomValues values) {
        // nothing to keep
    }

    @Override
    public void storeAll(String type, Map<Long, CustomValues> values) {
        // nothing to keep
    }

    @Override
    public void remove(String type, long id) {
        // nothing kept
    }

    @Override
    public Map<Long, Map<String, Object>> values(Caller caller, String type, Collection<Long> ids) {
        return Map.of();
    }

    @Override
    public String matching(Caller caller, String type, String field, String value, String idColumn, Function<Object, String> bind) {
        throw new ValidationException(List.of(FieldError.of(field, "core.error.unknownField")));
    }

    @Override
    public CustomMatch matchingRows(Caller caller, String type, String field, String value, String alias, Function<Object, String> bind) {
        throw new ValidationException(List.of(FieldError.of(field, "core.error.unknownField")));
    }

    @Override
    public CustomSort sort(Caller caller, String type, String field) {
        throw new ValidationException(List.of(FieldError.of("sort", "form.error.sortField", field)));
    }

    @Override
    public List<String> searchableText(CustomValues values) {
        return List.of();
    }
}
