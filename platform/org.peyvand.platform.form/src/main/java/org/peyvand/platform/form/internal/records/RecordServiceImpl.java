package org.peyvand.platform.form.internal.records;

import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.peyvand.platform.core.error.BadRequestException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.text.SearchWords;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.CustomSort;
import org.peyvand.platform.form.CustomValues;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordActions;
import org.peyvand.platform.form.RecordImport;
import org.peyvand.platform.form.RecordLinks;
import org.peyvand.platform.form.RecordQuery;
import org.peyvand.platform.form.RecordService;
import org.peyvand.platform.form.internal.registry.FormRegistry;
import org.peyvand.platform.form.internal.store.RecordEntity;
import org.peyvand.platform.form.internal.store.DayCounts;
import org.peyvand.platform.form.internal.store.RecordTokens;
import org.peyvand.platform.form.internal.store.StoredValues;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;

@Component(service = RecordService.class)
public class RecordServiceImpl implements RecordService {
    private static final int EXPORT_PAGE = 500;
    private static final String CREATED = "createdAt";
    private static final String FIELD_SORT = "cf.";

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CustomFields custom;
    private final FormRegistry registry;
    private final FormRecordEvents events;
    private final RecordLinks links;
    private final Clock clock;

    @Activate
    public RecordServiceImpl(@Reference(target = "(osgi.unit.name=crm.form)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.form)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference RecordAccess access, @Reference AuditTrail audit, @Reference CustomFields custom, @Reference FormRegistry registry,
            @Reference EventAdmin events, @Reference RecordLinks links) {
        this(new Transactions(jpa), guard, access, audit, custom, registry, events, links, Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static RecordServiceImpl wiredWith(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, CustomFields custom,
            FormRegistry registry, EventAdmin events, RecordLinks links, Clock clock) {
        return new RecordServiceImpl(tx, guard, access, audit, custom, registry, events, links, clock);
    }

    private RecordServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, CustomFields custom,
            FormRegistry registry, EventAdmin events, RecordLinks links, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.custom = custom;
        this.registry = registry;
        this.events = new FormRecordEvents(events);
        this.links = links;
        this.clock = clock;
    }

    @Override
    public Page<CustomRecord> search(Caller caller, String type, RecordQuery query, PageRequest page) {
        require(caller, type, RecordActions.READ);
        RecordList list = list(caller, type, query);
        String field = page.sort() == null || CREATED.equals(page.sort()) ? null : page.sort();
        return field == null ? byCreation(caller, type, list, page) : byField(caller, type, list, custom.sort(caller, type, field), page);
    }

    private Page<CustomRecord> byCreation(Caller caller, String type, RecordList list, PageRequest page) {
        Optional<RecordList.Position> after = Optional.ofNullable(page.cursor()).filter(c -> !c.isBlank())
                .map(c -> RecordList.Position.of(KeysetCursor.decode(c, cursorSort(CREATED, page))));
        List<RecordList.Row> rows = tx.read(em -> list.page(em, page.descending(), after, page.limit() + 1));
        boolean more = rows.size() > page.limit();
        List<RecordList.Row> shown = more ? rows.subList(0, page.limit()) : rows;
        List<CustomRecord> records = load(caller, type, shown.stream().map(RecordList.Row::id).toList());
        RecordList.Row last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        String next = more ? new KeysetCursor(cursorSort(CREATED, page), last.createdAt().toString(), last.id()).encode() : null;
        return new Page<>(records, next);
    }

    /** Records holding a value of the field first, in its order; those without one after them. */
    private Page<CustomRecord> byField(Caller caller, String type, RecordList list, CustomSort sort, PageRequest page) {
        String cursorSort = cursorSort(FIELD_SORT + page.sort(), page);
        Optional<RecordList.ValuePosition> after = Optional.ofNullable(page.cursor()).filter(c -> !c.isBlank())
                .map(c -> KeysetCursor.decode(c, cursorSort))
                .map(c -> new RecordList.ValuePosition(c.sortValue().isEmpty() ? null : c.sortValue(), c.id()));
        List<RecordList.ValueRow> rows = tx.read(em -> list.pageByValue(em, sort, page.descending(), after, page.limit() + 1));
        boolean more = rows.size() > page.limit();
        List<RecordList.ValueRow> shown = more ? rows.subList(0, page.limit()) : rows;
        List<CustomRecord> records = load(caller, type, shown.stream().map(RecordList.ValueRow::id).toList());
        RecordList.ValueRow last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        String next = more ? new KeysetCursor(cursorSort, last.sortValue(), last.id()).encode() : null;
        return new Page<>(records, next);
    }

    @Override
    public long count(Caller caller, String type, RecordQuery query) {
        require(caller, type, RecordActions.READ);
        RecordList list = list(caller, type, query);
        return tx.read(list::count);
    }

    @Override
    public CustomRecord get(Caller caller, String type, long id) {
        require(caller, type, RecordActions.READ);
        RecordScope scope = access.scope(caller, type);
        RecordEntity entity = tx.read(em -> visible(em, scope, type, id));
        return entity.toRecord(custom.values(caller, type, List.of(id)).getOrDefault(id, Map.of()));
    }

    @Override
    public CustomRecord create(Caller caller, String type, Map<String, ?> values) {
        FormDefinition form = require(caller, type, RecordActions.CREATE);
        CustomRecord created = tx.write(em -> custom.check(caller, type, null, values, Map.of()), (em, checked) -> {
            RecordEntity entity = insert(em, caller, type, checked);
            CustomRecord record = entity.toRecord(filled(checked.after()));
            audit.record(caller.username(), AuditTrail.CREATED, type, String.valueOf(record.id()), type + " " + record.id(),
                    AuditChanges.between(Map.of(), record.values()));
            return record;
        });
        events.created(form, created.id(), caller.username());
        return created;
    }

    @Override
    public CustomRecord update(Caller caller, String type, long id, Map<String, ?> values, Long expectedVersion) {
        FormDefinition form = require(caller, type, RecordActions.UPDATE);
        if (expectedVersion == null) {
            throw ValidationException.of("version", "core.error.required");
        }
        RecordScope scope = access.scope(caller, type);
        record Change(RecordEntity entity, CustomValues values) {
        }
        CustomRecord updated = tx.write(em -> {
            RecordEntity entity = visible(em, scope, type, id);
            if (entity.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            return new Change(entity, custom.check(caller, type, id, values, Map.of()));
        }, (em, change) -> {
            change.entity().touch(now());
            custom.store(type, id, change.values());
            new DayCounts().change(change.entity(), change.values().before(), change.values().after()).write(em);
            new RecordTokens(em).replace(id, SearchWords.tokens(custom.searchableText(change.values())));
            em.flush();
            CustomRecord after = change.entity().toRecord(filled(change.values().after()));
            audit.record(caller.username(), AuditTrail.UPDATED, type, String.valueOf(id), type + " " + id,
                    AuditChanges.between(filled(change.values().before()), after.values()));
            return after;
        });
        events.updated(form, id, caller.username());
        return updated;
    }

    @Override
    public void delete(Caller caller, String type, long id, boolean withLinks) {
        FormDefinition form = require(caller, type, RecordActions.DELETE);
        RecordScope scope = access.scope(caller, type);
        if (!withLinks) {
            tx.read(em -> visible(em, scope, type, id));
            links.requireUnlinked(type, id);
        }
        Map<String, Object> before = custom.values(caller, type, List.of(id)).getOrDefault(id, Map.of());
        tx.write(em -> visible(em, scope, type, id), (em, entity) -> {
            new DayCounts().count(entity, storedDates(em, form, id), -1).write(em);
            new RecordTokens(em).replace(id, java.util.Set.of());
            custom.remove(type, id);
            em.remove(entity);
            audit.record(caller.username(), AuditTrail.DELETED, type, String.valueOf(id), type + " " + id, AuditChanges.between(before, Map.of()));
            return null;
        });
        events.deleted(form, id, caller.username());
    }

    @Override
    public RecordImport importCsv(Caller caller, String type, byte[] csv, Progress progress) {
        FormDefinition form = require(caller, type, RecordActions.IMPORT);
        RecordCsv.Parsed parsed = RecordCsv.read(form, access.fields(caller, type), csv);
        List<RecordImport.RowError> errors = new ArrayList<>();
        int imported = 0;
        boolean cancelled = false;
        for (List<RecordCsv.Row> batch : RecordCsv.batches(parsed.rows())) {
            if (progress.cancelled()) {
                cancelled = true;
                break;
            }
            record Checked(List<CustomValues> accepted, List<RecordImport.RowError> errors) {
            }
            Checked checked = tx.write(em -> {
                List<CustomValues> accepted = new ArrayList<>();
                List<RecordImport.RowError> rejected = new ArrayList<>();
                for (RecordCsv.Row row : batch) {
                    try {
                        accepted.add(custom.check(caller, type, null, row.values(), Map.of()));
                    } catch (ValidationException invalid) {
                        rejected.add(new RecordImport.RowError(row.number(), invalid.fieldErrors()));
                    }
                }
                return new Checked(accepted, rejected);
            }, (em, result) -> {
                // the batch's records first (their ids come from the sequence), then their values and tokens together
                Map<Long, CustomValues> stored = new LinkedHashMap<>();
                Map<Long, Set<String>> tokens = new LinkedHashMap<>();
                DayCounts counts = new DayCounts();
                for (CustomValues values : result.accepted()) {
                    RecordEntity entity = new RecordEntity(type, caller.username(), caller.unitId(), now());
                    em.persist(entity);
                    stored.put(entity.id(), values);
                    tokens.put(entity.id(), SearchWords.tokens(custom.searchableText(values)));
                    counts.count(entity, values.after(), 1);
                    audit.record(caller.username(), AuditTrail.CREATED, type, String.valueOf(entity.id()), type + " " + entity.id(),
                            AuditChanges.between(Map.of(), filled(values.after())));
                }
                custom.storeAll(type, stored);
                new RecordTokens(em).insert(tokens);
                counts.write(em);
                return result;
            });
            imported += checked.accepted().size();
            errors.addAll(checked.errors());
            progress.progress(imported + errors.size(), parsed.rows().size());
        }
        return new RecordImport(parsed.rows().size(), imported, cancelled, errors);
    }

    @Override
    public void exportCsv(Caller caller, String type, RecordQuery query, OutputStream out) {
        FormDefinition form = require(caller, type, RecordActions.EXPORT);
        RecordList list = list(caller, type, query);
        RecordCsv.Writer csv = RecordCsv.writer(form, access.fields(caller, type), out);
        Optional<RecordList.Position> after = Optional.empty();
        List<RecordList.Row> rows;
        do {
            Optional<RecordList.Position> from = after;
            rows = tx.read(em -> list.page(em, false, from, EXPORT_PAGE));
            load(caller, type, rows.stream().map(RecordList.Row::id).toList()).forEach(csv::row);
            csv.flush();
            after = rows.isEmpty() ? Optional.empty()
                    : Optional.of(new RecordList.Position(rows.get(rows.size() - 1).createdAt(), rows.get(rows.size() - 1).id()));
        } while (rows.size() == EXPORT_PAGE);
    }

    private RecordEntity insert(EntityManager em, Caller caller, String type, CustomValues values) {
        RecordEntity entity = new RecordEntity(type, caller.username(), caller.unitId(), now());
        em.persist(entity);
        em.flush();
        custom.store(type, entity.id(), values);
        new RecordTokens(em).insert(Map.of(entity.id(), SearchWords.tokens(custom.searchableText(values))));
        new DayCounts().count(entity, values.after(), 1).write(em);
        return entity;
    }

    /** The record's dates as stored, whoever may see them: a deleted record leaves every day it was counted on. */
    private static Map<String, Object> storedDates(EntityManager em, FormDefinition form, long id) {
        Map<String, FieldDefinition> dates = new LinkedHashMap<>();
        form.activeFields().stream().filter(f -> f.type() == FieldType.DATE || f.type() == FieldType.DATE_TIME)
                .forEach(f -> dates.put(f.name(), f));
        return new StoredValues(em).read(form.key(), List.of(id), dates).getOrDefault(id, Map.of());
    }

    /** The records in the order of {@code ids}, with the values the caller may see, in two queries. */
    private List<CustomRecord> load(Caller caller, String type, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, Object>> values = custom.values(caller, type, ids);
        Map<Long, RecordEntity> entities = new LinkedHashMap<>();
        tx.read(em -> em.createQuery("SELECT r FROM RecordEntity r WHERE r.id IN :ids", RecordEntity.class).setParameter("ids", ids)
                .getResultList()).forEach(e -> entities.put(e.id(), e));
        return ids.stream().filter(entities::containsKey).map(id -> entities.get(id).toRecord(values.getOrDefault(id, Map.of()))).toList();
    }

    private RecordList list(Caller caller, String type, RecordQuery query) {
        RecordQuery q = query == null ? RecordQuery.ALL : query;
        return new RecordList(type, access.scope(caller, type), q.q(),
                q.filters().entrySet().stream().map(f -> (RecordList.Condition) (idColumn, bind) ->
                        custom.matching(caller, type, f.getKey(), f.getValue(), idColumn, bind)).toList());
    }

    /**
     * The type's permission, before anything else. A type that is not designed has no permissions:
     * reading forms is required to learn that it does not exist. Submissions of a stand-alone form
     * are never changed or imported.
     */
    private FormDefinition require(Caller caller, String type, String action) {
        Optional<FormDefinition> form = registry.current(type).filter(RecordPermissions::stored);
        if (form.isEmpty()) {
            guard.require(caller, org.peyvand.platform.form.FormPermissions.READ);
            throw new NotFoundException("form.error.notFound", type);
        }
        Optional<String> permission = RecordActions.permission(form.get(), action);
        if (permission.isEmpty()) {
            guard.require(caller, RecordActions.permission(form.get(), RecordActions.READ).orElseThrow());
            throw new BadRequestException("form.error.submissionFixed");
        }
        guard.require(caller, permission.get());
        return form.get();
    }

    private static RecordEntity visible(EntityManager em, RecordScope scope, String type, long id) {
        RecordEntity entity = em.find(RecordEntity.class, id);
        if (entity == null || !entity.type().equals(type) || !scope.allows(entity.owner(), entity.ownerUnitId())) {
            throw new NotFoundException("form.error.recordNotFound", id);
        }
        return entity;
    }

    private static Map<String, Object> filled(Map<String, Object> values) {
        Map<String, Object> filled = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null) {
                filled.put(name, value);
            }
        });
        return filled;
    }

    private static String cursorSort(String sort, PageRequest page) {
        return sort + (page.descending() ? ":desc" : ":asc");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static Instant instant(Object column) {
        return column instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) column;
    }
}
