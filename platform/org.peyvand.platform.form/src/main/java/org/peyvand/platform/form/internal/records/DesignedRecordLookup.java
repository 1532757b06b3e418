package org.peyvand.platform.form.internal.records;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.LookupHit;
import org.peyvand.platform.form.RecordActions;
import org.peyvand.platform.form.ValueText;
import org.peyvand.platform.form.internal.registry.FormRegistry;
import org.peyvand.platform.form.internal.store.RecordEntity;
import org.peyvand.platform.form.internal.store.StoredValues;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;

/**
 * Lookups of the records the kernel stores: designed record types, and the submissions of
 * stand-alone forms (whose files are read through them). A record is named by the first of its
 * type's list columns the caller may see and it fills, else by its number.
 */
final class DesignedRecordLookup {
    private final Transactions tx;
    private final FormRegistry registry;
    private final RecordAccess access;

    DesignedRecordLookup(Transactions tx, FormRegistry registry, RecordAccess access) {
        this.tx = tx;
        this.registry = registry;
        this.access = access;
    }

    boolean handles(String type) {
        return registry.current(type).filter(RecordPermissions::stored).isPresent();
    }

    String permission(String type) {
        return RecordActions.permission(form(type), RecordActions.READ).orElseThrow();
    }

    List<LookupHit> find(Caller caller, String type, String text, int limit) {
        form(type);
        RecordList list = new RecordList(type, access.scope(caller, type), text, List.of());
        List<Long> ids = tx.read(em -> list.page(em, true, Optional.empty(), limit)).stream().map(RecordList.Row::id).toList();
        Map<Long, String> names = names(caller, type, ids);
        return ids.stream().filter(names::containsKey).map(id -> new LookupHit(String.valueOf(id), names.get(id))).toList();
    }

    Map<String, String> names(Caller caller, String type, Collection<String> keys) {
        form(type);
        List<Long> ids = keys.stream().map(DesignedRecordLookup::id).filter(id -> id != null).distinct().toList();
        Map<String, String> named = new LinkedHashMap<>();
        names(caller, type, ids).forEach((id, name) -> named.put(String.valueOf(id), name));
        return named;
    }

    Optional<String> owner(Caller caller, String type, String key) {
        form(type);
        Long id = id(key);
        if (id == null) {
            return Optional.empty();
        }
        RecordScope scope = access.scope(caller, type);
        return tx.read(em -> Optional.ofNullable(em.find(RecordEntity.class, id))
                .filter(r -> r.type().equals(type) && scope.allows(r.owner(), r.ownerUnitId())).map(RecordEntity::owner));
    }

    private Map<Long, String> names(Caller caller, String type, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        FormDefinition form = form(type);
        RecordScope scope = access.scope(caller, type);
        var fields = access.fields(caller, type);
        List<FieldDefinition> naming = form.listColumns().stream().map(form::field).flatMap(Optional::stream)
                .filter(f -> !f.removed() && fields.visible(f.name())).toList();
        return tx.read(em -> {
            List<Long> visible = visible(em, type, scope, ids);
            Map<Long, Map<String, Object>> values = new StoredValues(em).read(type, visible,
                    naming.stream().collect(Collectors.toMap(FieldDefinition::name, Function.identity())));
            Map<Long, String> names = new LinkedHashMap<>();
            visible.forEach(id -> names.put(id, name(caller, naming, values.getOrDefault(id, Map.of()), id)));
            return names;
        });
    }

    private static List<Long> visible(EntityManager em, String type, RecordScope scope, List<Long> ids) {
        return em.createQuery("SELECT r FROM RecordEntity r WHERE r.id IN :ids", RecordEntity.class).setParameter("ids", ids)
                .getResultList().stream().filter(r -> r.type().equals(type) && scope.allows(r.owner(), r.ownerUnitId()))
                .map(RecordEntity::id).toList();
    }

    private static String name(Caller caller, List<FieldDefinition> naming, Map<String, Object> values, long id) {
        String language = caller.locale().getLanguage();
        for (FieldDefinition field : naming) {
            Object value = values.get(field.name());
            if (value != null) {
                return field.options().stream().filter(o -> o.value().equals(value)).findFirst().map(FieldOption::label)
                        .map(label -> label.in(language)).orElseGet(() -> ValueText.of(value));
            }
        }
        return "#" + id;
    }

    private FormDefinition form(String type) {
        return registry.current(type).filter(RecordPermissions::stored)
                .orElseThrow(() -> new NotFoundException("form.error.notFound", type));
    }

    private static Long id(String key) {
        try {
            return Long.valueOf(key.trim());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
