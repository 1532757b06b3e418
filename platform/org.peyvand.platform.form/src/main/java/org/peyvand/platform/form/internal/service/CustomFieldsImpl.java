package org.peyvand.platform.form.internal.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.CustomMatch;
import org.peyvand.platform.form.CustomSort;
import org.peyvand.platform.form.CustomValues;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.form.internal.registry.FormRegistry;
import org.peyvand.platform.form.internal.store.FileEntity;
import org.peyvand.platform.form.internal.store.StoredFiles;
import org.peyvand.platform.form.internal.store.StoredValues;
import org.peyvand.platform.form.internal.store.ValueOrder;
import org.peyvand.platform.form.internal.values.FieldValues;
import org.peyvand.platform.form.internal.values.FormValidator;
import org.peyvand.platform.form.internal.values.InvalidValue;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.RecordAccess;

@Component(service = CustomFields.class)
public class CustomFieldsImpl implements CustomFields {
    private final Transactions tx;
    private final FormRegistry registry;
    private final RecordAccess access;
    private final RecordLookups lookups;
    private final FormValidator validator;

    @Activate
    public CustomFieldsImpl(@Reference(target = "(osgi.unit.name=crm.form)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.form)") SchemaReady schema, @Reference FormRegistry registry,
            @Reference RecordAccess access, @Reference RecordLookups lookups) {
        this(new Transactions(jpa), registry, access, lookups);
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static CustomFieldsImpl wiredWith(Transactions tx, FormRegistry registry, RecordAccess access, RecordLookups lookups) {
        return new CustomFieldsImpl(tx, registry, access, lookups);
    }

    private CustomFieldsImpl(Transactions tx, FormRegistry registry, RecordAccess access, RecordLookups lookups) {
        this.tx = tx;
        this.registry = registry;
        this.access = access;
        this.lookups = lookups;
        this.validator = new FormValidator(registry.expressions());
    }

    @Override
    public Optional<FormDefinition> form(String type) {
        return registry.current(type);
    }

    @Override
    public List<FormDefinition> recordTypes() {
        return ofKind(FormKind.RECORD_TYPE);
    }

    @Override
    public List<FormDefinition> standAloneForms() {
        return ofKind(FormKind.STANDALONE);
    }

    private List<FormDefinition> ofKind(FormKind kind) {
        return registry.all().values().stream().filter(f -> f.kind() == kind).toList();
    }

    @Override
    public CustomValues check(Caller caller, String type, Long id, Map<String, ?> input, Map<String, ?> builtIn) {
        Optional<FormDefinition> found = registry.current(type);
        if (found.isEmpty() || found.get().customFields().isEmpty()) {
            refuseUnknown(null, input);
            return new CustomValues(type, Map.of(), Map.of());
        }
        FormDefinition form = found.get();
        refuseUnknown(form, input);
        FieldAccess fields = access.fields(caller, type);
        Map<String, Object> before = id == null ? Map.of() : tx.read(em -> stored(em, form, id));
        Map<String, Object> merged = new HashMap<>(before);
        if (id == null) {
            form.customFields().stream().filter(f -> f.defaultValue() != null && !input.containsKey(f.name()))
                    .forEach(f -> merged.put(f.name(), f.defaultValue()));
        }
        Validator locked = new Validator();
        for (FieldDefinition field : form.customFields()) {
            if (input.containsKey(field.name()) && field.type() != FieldType.COMPUTED) {
                Object given = input.get(field.name());
                boolean editable = fields.editable(field.name()) && !field.readOnly();
                if (editable) {
                    merged.put(field.name(), given);
                } else {
                    locked.check(sameValue(field, given, before.get(field.name())), field.name(), "form.error.fieldReadOnly");
                }
            }
        }
        locked.throwIfInvalid();
        Map<String, Object> after = validator.validate(form, merged, builtIn);
        refuseMissingReferences(caller, form, before, after);
        refuseForeignFiles(caller, form, id, before, after);
        refuseTaken(form, type, id, after);
        return new CustomValues(type, before, after);
    }

    @Override
    public void store(String type, long id, CustomValues values) {
        storeAll(type, Map.of(id, values));
    }

    @Override
    public void storeAll(String type, Map<Long, CustomValues> values) {
        Map<Long, Map<String, Object>> after = new LinkedHashMap<>();
        values.forEach((id, checked) -> {
            if (!checked.after().isEmpty()) {
                after.put(id, checked.after());
            }
        });
        if (after.isEmpty()) {
            return;
        }
        tx.append(em -> {
            StoredValues stored = new StoredValues(em);
            // a new record holds no values yet, so only changed records need theirs cleared
            after.forEach((id, fields) -> {
                if (!values.get(id).before().isEmpty()) {
                    stored.clear(type, id, fields.keySet());
                }
            });
            stored.insert(type, after);
            StoredFiles files = new StoredFiles(em);
            values.forEach((id, checked) -> holdFiles(files, type, id, checked));
        });
    }

    @Override
    public void remove(String type, long id) {
        tx.append(em -> {
            new StoredValues(em).remove(type, id);
            new StoredFiles(em).releaseAll(type, id);
        });
    }

    @Override
    public Map<Long, Map<String, Object>> values(Caller caller, String type, Collection<Long> ids) {
        Optional<FormDefinition> form = registry.current(type);
        if (form.isEmpty() || form.get().customFields().isEmpty() || ids.isEmpty()) {
            return Map.of();
        }
        FieldAccess fields = access.fields(caller, type);
        Map<String, FieldDefinition> shown = form.get().customFields().stream().filter(f -> fields.visible(f.name()))
                .collect(Collectors.toMap(FieldDefinition::name, Function.identity()));
        return tx.read(em -> new StoredValues(em).read(type, ids, shown));
    }

    @Override
    public String matching(Caller caller, String type, String field, String value, String idColumn, Function<Object, String> bind) {
        // a probe of the values' index per record: with parameters Derby may otherwise hash the whole index first
        Object parsed = filterValue(caller, type, field, value);
        return "EXISTS (SELECT 1 FROM frm_value cfv --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, index=" + StoredValues.index(parsed) + "\n"
                + "WHERE " + String.join(" AND ", holding("cfv", type, field, parsed, bind)) + " AND cfv.record_id = " + idColumn + ")";
    }

    @Override
    public CustomMatch matchingRows(Caller caller, String type, String field, String value, String alias, Function<Object, String> bind) {
        Object parsed = filterValue(caller, type, field, value);
        return new CustomMatch("frm_value " + alias + " --DERBY-PROPERTIES index=" + StoredValues.index(parsed) + "\n",
                holding(alias, type, field, parsed, bind), alias + ".record_id");
    }

    /** The value a list is filtered by, parsed as its field's type. */
    private Object filterValue(Caller caller, String type, String field, String value) {
        FieldDefinition definition = registry.current(type).flatMap(f -> f.field(field)).filter(FieldDefinition::custom)
                .filter(f -> access.fields(caller, type).visible(f.name()))
                .orElseThrow(() -> new ValidationException(List.of(FieldError.of(field, "core.error.unknownField"))));
        Object parsed;
        try {
            parsed = FieldValues.parse(definition.type() == FieldType.MULTI_SELECT ? asSingleChoice(definition) : definition, value);
        } catch (InvalidValue invalid) {
            throw new ValidationException(List.of(new FieldError(field, invalid.messageKey(), invalid.args())));
        }
        if (parsed == null) {
            throw new ValidationException(List.of(FieldError.of(field, "core.error.required")));
        }
        return parsed;
    }

    /** The conditions on value rows under {@code alias} that hold {@code parsed} in the field: a range of its column's index. */
    private static List<String> holding(String alias, String type, String field, Object parsed, Function<Object, String> bind) {
        return List.of(alias + ".record_type = " + bind.apply(type), alias + ".field = " + bind.apply(field),
                alias + "." + StoredValues.column(parsed) + " = " + bind.apply(StoredValues.bound(parsed)));
    }

    @Override
    public CustomSort sort(Caller caller, String type, String field) {
        FieldDefinition definition = registry.current(type).flatMap(f -> f.field(field)).filter(FieldDefinition::custom)
                .filter(f -> access.fields(caller, type).visible(f.name())).filter(f -> f.type().isSortable())
                .orElseThrow(() -> new ValidationException(List.of(FieldError.of("sort", "form.error.sortField", field))));
        return new ValueOrder(type, field, definition.type());
    }

    @Override
    public List<String> searchableText(CustomValues values) {
        FormDefinition form = registry.current(values.type()).orElse(null);
        if (form == null) {
            return List.of();
        }
        return form.customFields().stream().filter(f -> f.type().isTextual() || f.type() == FieldType.COMPUTED)
                .map(f -> values.after().get(f.name())).filter(v -> v instanceof String).map(String.class::cast).toList();
    }

    private static Map<String, Object> stored(javax.persistence.EntityManager em, FormDefinition form, long id) {
        Map<String, FieldDefinition> fields = form.customFields().stream()
                .collect(Collectors.toMap(FieldDefinition::name, Function.identity()));
        return new LinkedHashMap<>(new StoredValues(em).read(form.key(), List.of(id), fields).getOrDefault(id, Map.of()));
    }

    /** Input naming a field the type does not have is refused, so a misspelt name is never silently dropped. */
    private static void refuseUnknown(FormDefinition form, Map<String, ?> input) {
        Validator v = new Validator();
        input.keySet().forEach(name -> v.check(form != null && form.field(name).filter(FieldDefinition::custom).isPresent(), name,
                "core.error.unknownField"));
        v.throwIfInvalid();
    }

    /**
     * A lookup, user or org unit value must name something the caller can see when it is set; a
     * stored one that has since gone stays, so the rest of the record can still be changed.
     */
    private void refuseMissingReferences(Caller caller, FormDefinition form, Map<String, Object> before, Map<String, Object> after) {
        Validator v = new Validator();
        for (FieldDefinition field : form.customFields()) {
            Object value = after.get(field.name());
            String target = field.referencedType();
            if (target != null && value != null && !value.equals(before.get(field.name()))) {
                v.check(named(caller, target, String.valueOf(value)), field.name(), "form.error.referenceMissing", value);
            }
        }
        v.throwIfInvalid();
    }

    private boolean named(Caller caller, String type, String key) {
        try {
            return lookups.names(caller, type, List.of(key)).containsKey(key);
        } catch (AccessDeniedException | NotFoundException unseen) {
            return false;
        }
    }

    /** A file or image field takes only the caller's own fresh upload (an image for an image field), or keeps its file. */
    private void refuseForeignFiles(Caller caller, FormDefinition form, Long id, Map<String, Object> before, Map<String, Object> after) {
        Validator v = new Validator();
        for (FieldDefinition field : form.customFields()) {
            Object value = after.get(field.name());
            if (holdsFile(field) && value != null && !value.equals(before.get(field.name()))) {
                long fileId = ((Number) value).longValue();
                var file = tx.read(em -> new StoredFiles(em).takeable(fileId, caller.username(), form.key(), id, field.name())
                        ? new StoredFiles(em).find(fileId) : Optional.<FileEntity>empty());
                v.check(file.isPresent(), field.name(), "form.error.fileNotYours");
                v.check(file.isEmpty() || field.type() != FieldType.IMAGE || file.get().toFile().image(), field.name(), "form.error.notAnImage");
            }
        }
        v.throwIfInvalid();
    }

    /** The files a change put in file and image fields become the record's; those it took out go. */
    private void holdFiles(StoredFiles files, String type, long id, CustomValues values) {
        registry.current(type).ifPresent(form -> form.customFields().stream().filter(CustomFieldsImpl::holdsFile).forEach(field -> {
            Object now = values.after().get(field.name());
            Object was = values.before().get(field.name());
            if (!Objects.equals(now, was)) {
                if (now != null) {
                    files.hold(((Number) now).longValue(), type, id, field.name());
                }
                if (was != null) {
                    files.release(((Number) was).longValue(), type, id, field.name());
                }
            }
        }));
    }

    private static boolean holdsFile(FieldDefinition field) {
        return field.type() == FieldType.FILE || field.type() == FieldType.IMAGE;
    }

    private void refuseTaken(FormDefinition form, String type, Long id, Map<String, Object> values) {
        Validator v = new Validator();
        for (FieldDefinition field : form.customFields()) {
            Object value = values.get(field.name());
            if (field.unique() && value != null && !(value instanceof List<?>)) {
                boolean taken = tx.read(em -> new StoredValues(em).holder(type, field.name(), value, id)).isPresent();
                v.check(!taken, field.name(), "core.error.duplicate");
            }
        }
        v.throwIfInvalid();
    }

    private static boolean sameValue(FieldDefinition field, Object given, Object stored) {
        try {
            return Objects.equals(FieldValues.parse(field.withRequired(false), given), stored);
        } catch (InvalidValue invalid) {
            return false;
        }
    }

    /** A multi-select filtered by one of its choices. */
    private static FieldDefinition asSingleChoice(FieldDefinition field) {
        return new FieldDefinition(field.name(), FieldType.SELECT, field.label(), null, false, false, false, null, null, null, null,
                null, null, null, field.options(), null, null, null, null, false, false);
    }
}
