package ${package}.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import ${package}.${recordName};
import ${package}.${recordName}Input;
import ${package}.${recordName}Service;
import ${package}.internal.jpa.${recordName}Entity;
import ${package}.internal.jpa.${recordName}Repository;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.event.RecordEvents;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.CustomValues;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;

@Component(service = ${recordName}Service.class)
public class ${recordName}ServiceImpl implements ${recordName}Service {
    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CustomFields custom;
    private final RecordEvents events;
    private final Clock clock;
    private final ${recordName}Validator validator = new ${recordName}Validator();

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public ${recordName}ServiceImpl(@Reference(target = "(osgi.unit.name=crm.${moduleId})") JpaTemplate jpa,
            @Reference(target = "(crm.schema=${artifactId})") SchemaReady schema, @Reference AccessGuard guard,
            @Reference RecordAccess access, @Reference AuditTrail audit, @Reference CustomFields custom, @Reference EventAdmin events) {
        this(new Transactions(jpa), guard, access, audit, custom, new RecordEvents(events), Clock.systemUTC());
    }

    ${recordName}ServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, CustomFields custom,
            RecordEvents events, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.custom = custom;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Page<${recordName}> list(Caller caller, String query, PageRequest page) {
        guard.require(caller, Permissions.READ);
        ListOrder order = ListOrder.of(page);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        List<${recordName}> rows = tx.read(em -> new ${recordName}Repository(em)
                .page(scope, prefix(query), order, order.after(page.cursor()), page.limit() + 1).stream()
                .map(${recordName}Entity::toRecord).toList());
        boolean more = rows.size() > page.limit();
        List<${recordName}> shown = withCustom(caller, more ? rows.subList(0, page.limit()) : rows);
        return new Page<>(shown, more ? order.cursorAfter(shown.get(shown.size() - 1)) : null);
    }

    @Override
    public long count(Caller caller, String query) {
        guard.require(caller, Permissions.READ);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        return tx.read(em -> new ${recordName}Repository(em).count(scope, prefix(query)));
    }

    @Override
    public ${recordName} get(Caller caller, long id) {
        guard.require(caller, Permissions.READ);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        ${recordName} found = tx.read(em -> visible(em, scope, id).toRecord());
        return withCustom(caller, List.of(found)).get(0);
    }

    @Override
    public ${recordName} create(Caller caller, ${recordName}Input input) {
        guard.require(caller, Permissions.CREATE);
        ${recordName} created = tx.write(em -> check(caller, null, input), (em, checked) -> {
            ${recordName}Entity row = new ${recordName}Repository(em).insert(new ${recordName}Entity(checked.valid(), caller.username(), caller.unitId(), now()));
            em.flush();
            custom.store(Permissions.TYPE, row.id(), checked.custom());
            ${recordName} stored = row.toRecord().withCustom(filled(checked.custom().after()));
            audit.record(caller.username(), AuditTrail.CREATED, Permissions.TYPE, String.valueOf(stored.id()), stored.name(),
                    AuditChanges.between(Map.of(), snapshot(stored)));
            return stored;
        });
        events.created(Permissions.TYPE, created.id(), caller.username());
        return created;
    }

    @Override
    public ${recordName} update(Caller caller, long id, ${recordName}Input input, long expectedVersion) {
        guard.require(caller, Permissions.UPDATE);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        record Change(${recordName}Entity row, ${recordName} before, Checked checked) {
        }
        ${recordName} changed = tx.write(em -> {
            ${recordName}Entity row = visible(em, scope, id);
            if (row.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            Checked checked = check(caller, id, input);
            return new Change(row, row.toRecord().withCustom(filled(checked.custom().before())), checked);
        }, (em, change) -> {
            change.row().apply(change.checked().valid(), now());
            em.flush();
            custom.store(Permissions.TYPE, id, change.checked().custom());
            ${recordName} after = change.row().toRecord().withCustom(filled(change.checked().custom().after()));
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.TYPE, String.valueOf(id), after.name(),
                    AuditChanges.between(snapshot(change.before()), snapshot(after)));
            return after;
        });
        events.updated(Permissions.TYPE, id, caller.username());
        return changed;
    }

    @Override
    public void delete(Caller caller, long id) {
        guard.require(caller, Permissions.DELETE);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        Map<String, Object> customBefore = custom.values(caller, Permissions.TYPE, List.of(id)).getOrDefault(id, Map.of());
        tx.write(em -> visible(em, scope, id), (em, row) -> {
            ${recordName} before = row.toRecord().withCustom(filled(customBefore));
            new ${recordName}Repository(em).delete(row);
            custom.remove(Permissions.TYPE, id);
            audit.record(caller.username(), AuditTrail.DELETED, Permissions.TYPE, String.valueOf(id), before.name(),
                    AuditChanges.between(snapshot(before), Map.of()));
            return null;
        });
        events.deleted(Permissions.TYPE, id, caller.username());
    }

    /** The input's own fields and custom fields checked together, so a form shows every error at once. */
    private record Checked(${recordName}Input valid, CustomValues custom) {
    }

    private Checked check(Caller caller, Long id, ${recordName}Input input) {
        List<FieldError> errors = new ArrayList<>();
        ${recordName}Input valid = null;
        try {
            valid = validator.validate(input);
        } catch (ValidationException invalid) {
            errors.addAll(invalid.fieldErrors());
        }
        CustomValues values = null;
        try {
            values = custom.check(caller, Permissions.TYPE, id, input.custom(), ownValues(valid == null ? input : valid));
        } catch (ValidationException invalid) {
            errors.addAll(invalid.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(valid, values);
    }

    /** A record outside the caller's scope answers as missing: its existence is not disclosed. */
    private static ${recordName}Entity visible(EntityManager em, RecordScope scope, long id) {
        return new ${recordName}Repository(em).find(id).filter(row -> scope.allows(row.owner(), row.ownerUnitId()))
                .orElseThrow(() -> new NotFoundException("${moduleId}.error.notFound", id));
    }

    private List<${recordName}> withCustom(Caller caller, List<${recordName}> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Map<String, Object>> values = custom.values(caller, Permissions.TYPE, rows.stream().map(${recordName}::id).toList());
        return rows.stream().map(row -> row.withCustom(values.getOrDefault(row.id(), Map.of()))).toList();
    }

    /** The search form of typed words; {@code null} when nothing was typed. */
    private static String prefix(String query) {
        return query == null || query.isBlank() ? null : ${recordName}Entity.sortKey(query);
    }

    private static Map<String, Object> ownValues(${recordName}Input input) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", input.name());
        values.put("notes", input.notes());
        return values;
    }

    /** What the audit trail compares: own fields and custom fields by name. */
    private static Map<String, Object> snapshot(${recordName} row) {
        Map<String, Object> values = filled(ownValues(new ${recordName}Input(row.name(), row.notes())));
        values.putAll(row.custom());
        return values;
    }

    /** The values worth showing and auditing: empty ones left out. */
    private static Map<String, Object> filled(Map<String, Object> values) {
        Map<String, Object> filled = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null) {
                filled.put(name, value);
            }
        });
        return filled;
    }

    /** Milliseconds, as the database keeps them, so what is returned equals what is read later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
