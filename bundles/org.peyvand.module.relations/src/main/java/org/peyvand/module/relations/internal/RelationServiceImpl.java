package org.peyvand.module.relations.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.peyvand.module.relations.Graph;
import org.peyvand.module.relations.Link;
import org.peyvand.module.relations.LinkInput;
import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.RelatedLink;
import org.peyvand.module.relations.RelationService;
import org.peyvand.module.relations.RelationType;
import org.peyvand.module.relations.RelationTypeInput;
import org.peyvand.module.relations.internal.jpa.LinkEntity;
import org.peyvand.module.relations.internal.jpa.LinkRepository;
import org.peyvand.module.relations.internal.jpa.TypeEntity;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.event.RecordEvents;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;

/**
 * Links and their types. It also hears of deleted accounts and contacts (the events the accounts
 * module posts after each committed delete) and removes their links, each with an audit line.
 */
@Component(service = { RelationService.class, EventHandler.class }, property = {
        EventConstants.EVENT_TOPIC + "=crm/record/accounts_account/deleted",
        EventConstants.EVENT_TOPIC + "=crm/record/accounts_contact/deleted" })
public class RelationServiceImpl implements RelationService, EventHandler {
    /** Links of a record are listed by id. */
    static final String SORT_ID = "id";
    /** Who removes the links of a deleted record when its event names nobody. */
    static final String SYSTEM = "system";
    /** The most ids one IN list of a level's query carries. */
    static final int IN_LIST = 500;

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final RecordLookups lookups;
    private final RecordEvents events;
    private final Clock clock;

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public RelationServiceImpl(@Reference(target = "(osgi.unit.name=crm.relations)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.relations)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference RecordAccess access, @Reference AuditTrail audit, @Reference RecordLookups lookups, @Reference EventAdmin events) {
        this(new Transactions(jpa), guard, access, audit, lookups, new RecordEvents(events), Clock.systemUTC());
    }

    RelationServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, RecordLookups lookups, RecordEvents events,
            Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.lookups = lookups;
        this.events = events;
        this.clock = clock;
    }

    // ---- types

    @Override
    public List<RelationType> types(Caller caller) {
        guard.require(caller, Permissions.READ);
        return tx.read(em -> new LinkRepository(em).types().stream().map(TypeEntity::toRecord).toList());
    }

    @Override
    public RelationType type(Caller caller, long id) {
        guard.require(caller, Permissions.READ);
        return tx.read(em -> typeRow(em, id).toRecord());
    }

    @Override
    public RelationType createType(Caller caller, RelationTypeInput input) {
        guard.require(caller, Permissions.MANAGE_TYPES);
        RelationType created = tx.write(em -> {
            RelationTypeInput valid = TypeValidator.validate(input);
            if (new LinkRepository(em).codeTaken(valid.code())) {
                throw new ConflictException("relations.error.typeExists", List.of(FieldError.of("code", "relations.error.codeTaken")));
            }
            return valid;
        }, (em, valid) -> {
            TypeEntity row = new LinkRepository(em).insert(new TypeEntity(valid));
            em.flush();
            RelationType stored = row.toRecord();
            audit.record(caller.username(), AuditTrail.CREATED, Permissions.TYPE, String.valueOf(stored.id()), stored.code(),
                    AuditChanges.between(Map.of(), snapshot(stored)));
            return stored;
        });
        events.created(Permissions.TYPE, created.id(), caller.username());
        return created;
    }

    @Override
    public RelationType updateType(Caller caller, long id, RelationTypeInput input, long expectedVersion) {
        guard.require(caller, Permissions.MANAGE_TYPES);
        record Change(TypeEntity row, RelationType before, RelationTypeInput valid) {
        }
        RelationType changed = tx.write(em -> {
            TypeEntity row = typeRow(em, id);
            if (row.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            RelationType before = row.toRecord();
            RelationTypeInput valid = TypeValidator.validate(new RelationTypeInput(before.code(), input.nameFa(), input.nameEn(),
                    input.inverseFa(), input.inverseEn(), before.fromKind(), before.toKind(), before.hierarchical()));
            return new Change(row, before, valid);
        }, (em, change) -> {
            change.row().rename(change.valid());
            em.flush();
            RelationType after = change.row().toRecord();
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.TYPE, String.valueOf(id), after.code(),
                    AuditChanges.between(snapshot(change.before()), snapshot(after)));
            return after;
        });
        events.updated(Permissions.TYPE, id, caller.username());
        return changed;
    }

    @Override
    public void deleteType(Caller caller, long id) {
        guard.require(caller, Permissions.MANAGE_TYPES);
        tx.write(em -> {
            TypeEntity row = typeRow(em, id);
            if (row.toRecord().builtIn()) {
                throw new ConflictException("relations.error.builtIn", List.of());
            }
            if (new LinkRepository(em).typeUsed(id)) {
                throw new ConflictException("relations.error.typeInUse", List.of());
            }
            return row;
        }, (em, row) -> {
            RelationType before = row.toRecord();
            new LinkRepository(em).delete(row);
            audit.record(caller.username(), AuditTrail.DELETED, Permissions.TYPE, String.valueOf(id), before.code(),
                    AuditChanges.between(snapshot(before), Map.of()));
            return null;
        });
        events.deleted(Permissions.TYPE, id, caller.username());
    }

    // ---- links

    @Override
    public Page<RelatedLink> linksOf(Caller caller, RecordKind kind, Long id, PageRequest page) {
        guard.require(caller, Permissions.READ);
        RecordKey record = record(kind, id);
        if (page.sort() != null && !SORT_ID.equals(page.sort())) {
            throw ValidationException.of("sort", "relations.error.sort");
        }
        Long after = page.cursor() == null ? null : KeysetCursor.decode(page.cursor(), SORT_ID).id();
        RecordScope scope = access.scope(caller, Permissions.LINK);
        record Read(List<Link> links, Map<Long, RelationType> types) {
        }
        Read read = tx.read(em -> {
            LinkRepository repository = new LinkRepository(em);
            return new Read(repository.page(scope, record, after, page.limit() + 1).stream().map(LinkEntity::toRecord).toList(), typesById(repository));
        });
        boolean more = read.links().size() > page.limit();
        List<Link> shown = more ? read.links().subList(0, page.limit()) : read.links();
        Map<RecordKey, String> names = names(caller, shown.stream().map(link -> link.from().equals(record) ? link.to() : link.from()).toList());
        Locale locale = caller.locale();
        List<RelatedLink> items = shown.stream().map(link -> {
            boolean outgoing = link.from().equals(record);
            RecordKey other = outgoing ? link.to() : link.from();
            return new RelatedLink(link, outgoing, read.types().get(link.typeId()).name(locale, !outgoing), other, names.get(other));
        }).toList();
        String next = more ? new KeysetCursor(SORT_ID, String.valueOf(shown.get(shown.size() - 1).id()), shown.get(shown.size() - 1).id()).encode()
                : null;
        return new Page<>(items, next);
    }

    @Override
    public Link get(Caller caller, long id) {
        guard.require(caller, Permissions.READ);
        RecordScope scope = access.scope(caller, Permissions.LINK);
        return tx.read(em -> visible(em, scope, id).toRecord());
    }

    @Override
    public Link create(Caller caller, LinkInput input) {
        guard.require(caller, Permissions.CREATE);
        Link created = tx.write(em -> check(em, caller, null, input), (em, valid) -> {
            LinkEntity row = new LinkRepository(em).insert(new LinkEntity(valid, caller.username(), caller.unitId(), now()));
            em.flush();
            Link stored = row.toRecord();
            audit.record(caller.username(), AuditTrail.CREATED, Permissions.LINK, String.valueOf(stored.id()), summary(em, stored),
                    AuditChanges.between(Map.of(), snapshot(stored)));
            return stored;
        });
        events.created(Permissions.LINK, created.id(), caller.username());
        return created;
    }

    @Override
    public Link update(Caller caller, long id, LinkInput input, long expectedVersion) {
        guard.require(caller, Permissions.UPDATE);
        RecordScope scope = access.scope(caller, Permissions.LINK);
        record Change(LinkEntity row, Link before, LinkInput valid) {
        }
        Link changed = tx.write(em -> {
            LinkEntity row = visible(em, scope, id);
            if (row.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            return new Change(row, row.toRecord(), check(em, caller, id, input));
        }, (em, change) -> {
            change.row().apply(change.valid(), now());
            em.flush();
            Link after = change.row().toRecord();
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.LINK, String.valueOf(id), summary(em, after),
                    AuditChanges.between(snapshot(change.before()), snapshot(after)));
            return after;
        });
        events.updated(Permissions.LINK, id, caller.username());
        return changed;
    }

    @Override
    public void delete(Caller caller, long id) {
        guard.require(caller, Permissions.DELETE);
        RecordScope scope = access.scope(caller, Permissions.LINK);
        tx.write(em -> visible(em, scope, id), (em, row) -> {
            remove(em, row, caller.username());
            return null;
        });
        events.deleted(Permissions.LINK, id, caller.username());
    }

    @Override
    public Graph neighbours(Caller caller, RecordKind kind, Long id, int depth) {
        guard.require(caller, Permissions.READ);
        Validator validator = new Validator();
        validator.check(kind != null, "kind", "core.error.required").check(id != null, "id", "core.error.required")
                .check(depth >= 1 && depth <= MAX_DEPTH, "depth", "relations.error.depth", MAX_DEPTH).throwIfInvalid();
        RecordKey start = new RecordKey(kind, id);
        RecordScope scope = access.scope(caller, Permissions.LINK);
        record Read(GraphWalk.Result walk, Map<Long, RelationType> types) {
        }
        Read read = tx.read(em -> {
            LinkRepository repository = new LinkRepository(em);
            GraphWalk.Result walk = GraphWalk.walk(start, depth, MAX_NODES, (records, limit) -> repository.touching(scope, records, limit));
            return new Read(walk, typesById(repository));
        });
        Map<RecordKey, String> names = names(caller, read.walk().depths().keySet());
        Locale locale = caller.locale();
        List<Graph.Node> nodes = read.walk().depths().entrySet().stream()
                .map(node -> new Graph.Node(node.getKey(), names.get(node.getKey()), node.getValue())).toList();
        List<Graph.Edge> edges = read.walk().hops().stream().map(hop -> {
            RelationType type = read.types().get(hop.typeId());
            return new Graph.Edge(hop.linkId(), hop.from(), hop.to(), type.code(), type.name(locale, false));
        }).toList();
        return new Graph(nodes, edges, read.walk().truncated());
    }

    @Override
    public List<Link> linksOf(Caller caller, String typeCode, RecordKind kind, Collection<Long> ids, boolean intoRecords) {
        guard.require(caller, Permissions.READ);
        new Validator().check(kind != null, "kind", "core.error.required").check(ids != null, "ids", "core.error.required").throwIfInvalid();
        RecordScope scope = access.scope(caller, Permissions.LINK);
        List<Long> wanted = ids.stream().distinct().toList();
        return tx.read(em -> {
            LinkRepository repository = new LinkRepository(em);
            long typeId = typeByCode(repository, typeCode).id();
            List<Link> links = new ArrayList<>();
            // bounded IN lists: a level of a large tree is read in slices
            for (int start = 0; start < wanted.size(); start += IN_LIST) {
                repository.ofType(scope, typeId, kind, wanted.subList(start, Math.min(wanted.size(), start + IN_LIST)), intoRecords).stream()
                        .map(LinkEntity::toRecord).forEach(links::add);
            }
            return links;
        });
    }

    @Override
    public List<RecordKey> tops(Caller caller, String typeCode, RecordKind kind, Long afterId, int limit) {
        guard.require(caller, Permissions.READ);
        new Validator().check(kind != null, "kind", "core.error.required")
                .check(limit >= 1 && limit <= PageRequest.MAX_LIMIT + 1, "limit", "relations.error.limit", PageRequest.MAX_LIMIT).throwIfInvalid();
        RecordScope scope = access.scope(caller, Permissions.LINK);
        return tx.read(em -> {
            LinkRepository repository = new LinkRepository(em);
            return repository.tops(scope, typeByCode(repository, typeCode).id(), kind, afterId, limit).stream()
                    .map(id -> new RecordKey(kind, id)).toList();
        });
    }

    private static TypeEntity typeByCode(LinkRepository repository, String code) {
        return repository.typeByCode(code == null ? "" : code.strip()).orElseThrow(() -> ValidationException.of("typeCode", "relations.error.unknownType"));
    }

    /** A deleted account or contact takes its links along, whoever may see them. */
    @Override
    public void handleEvent(Event event) {
        RecordKind kind = RecordKind.ofRecordType(String.valueOf(event.getProperty(CrmEvents.PROPERTY_TYPE)));
        Object id = event.getProperty(CrmEvents.PROPERTY_ID);
        if (kind != null && id instanceof Number number) {
            Object user = event.getProperty(CrmEvents.PROPERTY_USER);
            removeLinksOf(new RecordKey(kind, number.longValue()), user == null ? SYSTEM : String.valueOf(user));
        }
    }

    /** @return the ids of the links removed */
    List<Long> removeLinksOf(RecordKey record, String username) {
        List<Long> removed = tx.write(em -> new LinkRepository(em).allOf(record), (em, rows) -> {
            List<Long> ids = new ArrayList<>();
            for (LinkEntity row : rows) {
                ids.add(row.id());
                remove(em, row, username);
            }
            return ids;
        });
        removed.forEach(id -> events.deleted(Permissions.LINK, id, username));
        return removed;
    }

    private void remove(EntityManager em, LinkEntity row, String username) {
        Link before = row.toRecord();
        String summary = summary(em, before);
        new LinkRepository(em).delete(row);
        audit.record(username, AuditTrail.DELETED, Permissions.LINK, String.valueOf(before.id()), summary,
                AuditChanges.between(snapshot(before), Map.of()));
    }

    /**
     * The checks of a new or changed link: its own fields, then a duplicate of the same type between
     * the same records, then a cycle in a hierarchy (walking up from the target).
     */
    private LinkInput check(EntityManager em, Caller caller, Long id, LinkInput input) {
        LinkRepository repository = new LinkRepository(em);
        LinkInput valid = LinkValidator.validate(input, typeId -> repository.type(typeId).map(TypeEntity::toRecord), record -> visible(caller, record));
        RecordKey from = new RecordKey(valid.fromKind(), valid.fromId());
        RecordKey to = new RecordKey(valid.toKind(), valid.toId());
        Optional<LinkEntity> same = repository.same(valid.typeId(), from, to);
        if (same.isPresent() && (id == null || same.get().id() != id)) {
            throw new ConflictException("relations.error.linkExists", List.of(FieldError.of("toId", "relations.error.duplicate")));
        }
        RelationType type = repository.type(valid.typeId()).orElseThrow().toRecord();
        if (type.hierarchical() && Hierarchy.closesCycle(from, to, record -> repository.targets(type.id(), record))) {
            throw ValidationException.of("toId", "relations.error.cycle");
        }
        return valid;
    }

    private static RecordKey record(RecordKind kind, Long id) {
        new Validator().check(kind != null, "kind", "core.error.required").check(id != null, "id", "core.error.required").throwIfInvalid();
        return new RecordKey(kind, id);
    }

    /** A link outside the caller's scope answers as missing: its existence is not disclosed. */
    private static LinkEntity visible(EntityManager em, RecordScope scope, long id) {
        return new LinkRepository(em).find(id).filter(row -> scope.allows(row.owner(), row.ownerUnitId()))
                .orElseThrow(() -> new NotFoundException("relations.error.notFound", id));
    }

    private static TypeEntity typeRow(EntityManager em, long id) {
        return new LinkRepository(em).type(id).orElseThrow(() -> new NotFoundException("relations.error.typeNotFound", id));
    }

    private static Map<Long, RelationType> typesById(LinkRepository repository) {
        return repository.types().stream().map(TypeEntity::toRecord).collect(Collectors.toMap(RelationType::id, type -> type));
    }

    /**
     * Whether an account or contact exists for the caller, through the kernel's lookups: a link never
     * names a record its author may not see. While the accounts module is away nothing is found.
     */
    private boolean visible(Caller caller, RecordKey record) {
        return names(caller, List.of(record)).containsKey(record);
    }

    /** The names of the records the caller may see, one lookup per kind. */
    private Map<RecordKey, String> names(Caller caller, Collection<RecordKey> records) {
        Map<RecordKey, String> names = new HashMap<>();
        Map<RecordKind, List<RecordKey>> byKind = records.stream().collect(Collectors.groupingBy(RecordKey::kind));
        byKind.forEach((kind, keys) -> {
            try {
                lookups.names(caller, kind.recordType(), keys.stream().map(key -> String.valueOf(key.id())).distinct().toList())
                        .forEach((id, name) -> names.put(new RecordKey(kind, Long.parseLong(id)), name));
            } catch (CrmException unavailable) {
                // without the accounts module, or the right to look its records up, nothing is named
            }
        });
        return names;
    }

    /** {@code account:1 subsidiary-of account:2}: what the audit trail's list shows of a link. */
    private static String summary(EntityManager em, Link link) {
        String type = new LinkRepository(em).type(link.typeId()).map(row -> row.toRecord().code()).orElse(String.valueOf(link.typeId()));
        return link.from().key() + " " + type + " " + link.to().key();
    }

    private static Map<String, Object> snapshot(Link link) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("typeId", link.typeId());
        values.put("from", link.from().key());
        values.put("to", link.to().key());
        values.put("startDate", link.startDate());
        values.put("endDate", link.endDate());
        values.put("notes", link.notes());
        return values;
    }

    private static Map<String, Object> snapshot(RelationType type) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", type.code());
        values.put("nameFa", type.nameFa());
        values.put("nameEn", type.nameEn());
        values.put("inverseFa", type.inverseFa());
        values.put("inverseEn", type.inverseEn());
        values.put("fromKind", type.fromKind() == null ? "any" : type.fromKind().code());
        values.put("toKind", type.toKind() == null ? "any" : type.toKind().code());
        values.put("hierarchical", type.hierarchical());
        return values;
    }

    /** Milliseconds, as the database keeps them, so what is returned equals what is read later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
