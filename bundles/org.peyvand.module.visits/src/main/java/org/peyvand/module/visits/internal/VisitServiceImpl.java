package org.peyvand.module.visits.internal;

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
import org.peyvand.module.visits.Visit;
import org.peyvand.module.visits.VisitInput;
import org.peyvand.module.visits.VisitQuery;
import org.peyvand.module.visits.VisitService;
import org.peyvand.module.visits.internal.jpa.VisitEntity;
import org.peyvand.module.visits.internal.jpa.VisitRepository;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.event.RecordEvents;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.CustomValues;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;

@Component(service = VisitService.class)
public class VisitServiceImpl implements VisitService {
    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CustomFields custom;
    private final RecordLookups lookups;
    private final RecordEvents events;
    private final Clock clock;
    private final VisitValidator validator;

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public VisitServiceImpl(@Reference(target = "(osgi.unit.name=crm.visits)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.visits)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference RecordAccess access, @Reference AuditTrail audit, @Reference CustomFields custom, @Reference RecordLookups lookups,
            @Reference EventAdmin events) {
        this(new Transactions(jpa), guard, access, audit, custom, lookups, new RecordEvents(events), Clock.systemUTC());
    }

    VisitServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, CustomFields custom, RecordLookups lookups,
            RecordEvents events, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.custom = custom;
        this.lookups = lookups;
        this.events = events;
        this.clock = clock;
        this.validator = new VisitValidator(clock);
    }

    @Override
    public Page<Visit> list(Caller caller, VisitQuery query, PageRequest page) {
        guard.require(caller, Permissions.READ);
        ListOrder order = ListOrder.of(page);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        List<Visit> rows = tx.read(em -> new VisitRepository(em)
                .page(scope, query, order, order.after(page.cursor()), page.limit() + 1).stream()
                .map(VisitEntity::toRecord).toList());
        boolean more = rows.size() > page.limit();
        List<Visit> shown = withCustom(caller, more ? rows.subList(0, page.limit()) : rows);
        return new Page<>(shown, more ? order.cursorAfter(shown.get(shown.size() - 1)) : null);
    }

    @Override
    public long count(Caller caller, VisitQuery query) {
        guard.require(caller, Permissions.READ);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        return tx.read(em -> new VisitRepository(em).count(scope, query));
    }

    @Override
    public Visit get(Caller caller, long id) {
        guard.require(caller, Permissions.READ);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        Visit found = tx.read(em -> visible(em, scope, id).toRecord());
        return withCustom(caller, List.of(found)).get(0);
    }

    @Override
    public Visit create(Caller caller, VisitInput input) {
        guard.require(caller, Permissions.CREATE);
        Visit created = tx.write(em -> check(caller, null, input), (em, checked) -> {
            VisitEntity row = new VisitRepository(em).insert(new VisitEntity(checked.valid(), caller.username(), caller.unitId(), now()));
            em.flush();
            custom.store(Permissions.TYPE, row.id(), checked.custom());
            Visit stored = row.toRecord().withCustom(filled(checked.custom().after()));
            audit.record(caller.username(), AuditTrail.CREATED, Permissions.TYPE, String.valueOf(stored.id()), stored.purpose(),
                    AuditChanges.between(Map.of(), snapshot(stored)));
            return stored;
        });
        events.created(Permissions.TYPE, created.id(), caller.username());
        return created;
    }

    @Override
    public Visit update(Caller caller, long id, VisitInput input, long expectedVersion) {
        guard.require(caller, Permissions.UPDATE);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        record Change(VisitEntity row, Visit before, Checked checked) {
        }
        Visit changed = tx.write(em -> {
            VisitEntity row = visible(em, scope, id);
            if (row.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            Checked checked = check(caller, id, input);
            return new Change(row, row.toRecord().withCustom(filled(checked.custom().before())), checked);
        }, (em, change) -> {
            change.row().apply(change.checked().valid(), now());
            em.flush();
            custom.store(Permissions.TYPE, id, change.checked().custom());
            Visit after = change.row().toRecord().withCustom(filled(change.checked().custom().after()));
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.TYPE, String.valueOf(id), after.purpose(),
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
            Visit before = row.toRecord().withCustom(filled(customBefore));
            new VisitRepository(em).delete(row);
            custom.remove(Permissions.TYPE, id);
            audit.record(caller.username(), AuditTrail.DELETED, Permissions.TYPE, String.valueOf(id), before.purpose(),
                    AuditChanges.between(snapshot(before), Map.of()));
            return null;
        });
        events.deleted(Permissions.TYPE, id, caller.username());
    }

    /** The input's own fields and custom fields checked together, so a form shows every error at once. */
    private record Checked(VisitInput valid, CustomValues custom) {
    }

    private Checked check(Caller caller, Long id, VisitInput input) {
        List<FieldError> errors = new ArrayList<>();
        VisitInput valid = null;
        try {
            valid = validator.validate(input, caller.username(), accountId -> visible(caller, Permissions.ACCOUNT, String.valueOf(accountId)),
                    username -> visible(caller, RecordLookups.USERS, username));
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
    private static VisitEntity visible(EntityManager em, RecordScope scope, long id) {
        return new VisitRepository(em).find(id).filter(row -> scope.allows(row.owner(), row.ownerUnitId()))
                .orElseThrow(() -> new NotFoundException("visits.error.notFound", id));
    }

    private List<Visit> withCustom(Caller caller, List<Visit> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Map<String, Object>> values = custom.values(caller, Permissions.TYPE, rows.stream().map(Visit::id).toList());
        return rows.stream().map(row -> row.withCustom(values.getOrDefault(row.id(), Map.of()))).toList();
    }

    /**
     * Whether a record of another module or a colleague exists for the caller, through the kernel's
     * lookups: a visit never learns more about an account than its user may see. While the accounts
     * module is away, or the caller may not look accounts up, no account is found.
     */
    private boolean visible(Caller caller, String type, String key) {
        try {
            return lookups.names(caller, type, List.of(key)).containsKey(key);
        } catch (CrmException unavailable) {
            return false;
        }
    }

    private static Map<String, Object> ownValues(VisitInput input) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("visitDate", input.visitDate());
        values.put("accountId", input.accountId());
        values.put("visitor", input.visitor());
        values.put("purpose", input.purpose());
        values.put("outcome", input.outcome());
        return values;
    }

    /** What the audit trail compares: own fields and custom fields by name. */
    private static Map<String, Object> snapshot(Visit row) {
        Map<String, Object> values = filled(ownValues(
                new VisitInput(row.visitDate(), row.accountId(), row.visitor(), row.purpose(), row.outcome())));
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
