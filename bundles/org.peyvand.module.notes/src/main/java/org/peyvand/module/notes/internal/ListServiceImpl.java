package org.peyvand.module.notes.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.peyvand.module.notes.ListInput;
import org.peyvand.module.notes.ListKind;
import org.peyvand.module.notes.ListMember;
import org.peyvand.module.notes.ListService;
import org.peyvand.module.notes.ListShare;
import org.peyvand.module.notes.MarketingList;
import org.peyvand.module.notes.ShareAccess;
import org.peyvand.module.notes.internal.jpa.ListEntity;
import org.peyvand.module.notes.internal.jpa.ListRepository;
import org.peyvand.module.notes.internal.jpa.MemberEntity;
import org.peyvand.module.notes.internal.jpa.ShareEntity;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.event.RecordEvents;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.platform.form.RecordLinkProvider;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.report.ReportFilter;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;

/**
 * Marketing lists; see {@link ListService}. The owner's scope decides who manages a list (shares,
 * deletes it); shares add readers and editors. Dynamic lists are read through {@link DynamicMembers}.
 * A deleted record of any type leaves every static list it was a member of.
 */
@Component(service = { ListService.class, EventHandler.class, RecordLinkProvider.class }, property = {
        EventConstants.EVENT_TOPIC + "=crm/record/*", EventConstants.EVENT_FILTER + "=(event.topics=*/deleted)" })
public class ListServiceImpl implements ListService, EventHandler, RecordLinkProvider {
    static final String LINKS = "notes.links.lists";
    static final String MEMBERS_ADDED = "members.added";
    static final String MEMBERS_REMOVED = "members.removed";
    static final String SHARED = "shared";
    static final int MAX_NAME = 120;
    static final int MAX_SHARES = 100;

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Records records;
    private final DynamicMembers dynamic;
    private final RecordEvents events;
    private final Clock clock;

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public ListServiceImpl(@Reference(target = "(osgi.unit.name=crm.notes)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.notes)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference RecordAccess access, @Reference AuditTrail audit, @Reference RecordLookups lookups, @Reference ReportService reports,
            @Reference EventAdmin events) {
        this(new Transactions(jpa), guard, access, audit, lookups, reports, new RecordEvents(events), Clock.systemUTC());
    }

    ListServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, RecordLookups lookups, ReportService reports,
            RecordEvents events, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.records = new Records(lookups);
        this.dynamic = new DynamicMembers(reports);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Page<MarketingList> lists(Caller caller, String recordType, PageRequest page) {
        guard.require(caller, Permissions.LIST_READ);
        if (page.sort() != null && !SORT_ID.equals(page.sort())) {
            throw ValidationException.of("sort", "notes.error.sort");
        }
        long after = page.cursor() == null ? 0 : KeysetCursor.decode(page.cursor(), SORT_ID).id();
        String type = recordType == null || recordType.isBlank() ? null : recordType.strip();
        RecordScope scope = access.scope(caller, Permissions.LIST);
        List<MarketingList> rows = tx.read(em -> {
            ListRepository repository = new ListRepository(em);
            List<ListEntity> found = repository.visible(scope, caller.username(), caller.unitId(), type, after, page.limit() + 1);
            Map<Long, List<ShareEntity>> shares = repository.sharesReaching(found.stream().filter(row -> !scope.allows(row.owner(),
                    row.ownerUnitId())).map(ListEntity::id).toList(), caller.username(), caller.unitId());
            return found.stream().map(row -> toList(caller, row, rights(scope, row, shares.getOrDefault(row.id(), List.of())))).toList();
        });
        boolean more = rows.size() > page.limit();
        List<MarketingList> shown = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? new KeysetCursor(SORT_ID, null, shown.get(shown.size() - 1).id()).encode() : null;
        return new Page<>(shown, next);
    }

    @Override
    public MarketingList get(Caller caller, long id) {
        guard.require(caller, Permissions.LIST_READ);
        return tx.read(em -> {
            Readable list = readable(em, caller, id);
            return toList(caller, list.row(), list.rights());
        });
    }

    @Override
    public MarketingList create(Caller caller, ListInput input) {
        guard.require(caller, Permissions.LIST_CREATE);
        Valid valid = validate(caller, input, null);
        MarketingList created = tx.write(em -> {
            checkName(em, caller.username(), valid.nameKey(), null);
            return valid;
        }, (em, checked) -> {
            ListEntity row = new ListEntity(checked.recordType(), checked.kind().name(), caller.username(), caller.unitId(), now());
            row.change(checked.name(), checked.nameKey(), checked.filtersJson(), now());
            new ListRepository(em).insert(row);
            em.flush();
            audit.record(caller.username(), AuditTrail.CREATED, Permissions.LIST, String.valueOf(row.id()), row.name(),
                    AuditChanges.between(Map.of(), snapshot(row)));
            return toList(caller, row, Rights.MANAGE);
        });
        events.created(Permissions.LIST, created.id(), caller.username());
        return created;
    }

    @Override
    public MarketingList update(Caller caller, long id, ListInput input, long expectedVersion) {
        guard.require(caller, Permissions.LIST_UPDATE);
        ListEntity current = tx.read(em -> editable(em, caller, id).row());
        ListKind kind = ListKind.valueOf(current.kind());
        Valid valid = validate(caller, new ListInput(input == null ? null : input.name(), current.recordType(), kind,
                input == null ? null : input.filters()), kind);
        record Change(Readable list, Map<String, Object> before) {
        }
        MarketingList changed = tx.write(em -> {
            Readable list = editable(em, caller, id);
            if (list.row().version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            checkName(em, list.row().owner(), valid.nameKey(), id);
            return new Change(list, snapshot(list.row()));
        }, (em, change) -> {
            ListEntity row = change.list().row();
            row.change(valid.name(), valid.nameKey(), valid.filtersJson(), now());
            em.flush();
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.LIST, String.valueOf(id), row.name(),
                    AuditChanges.between(change.before(), snapshot(row)));
            return toList(caller, row, change.list().rights());
        });
        events.updated(Permissions.LIST, id, caller.username());
        return changed;
    }

    @Override
    public void delete(Caller caller, long id) {
        guard.require(caller, Permissions.LIST_DELETE);
        tx.write(em -> managed(em, caller, id).row(), (em, row) -> {
            Map<String, Object> before = snapshot(row);
            String name = row.name();
            new ListRepository(em).delete(row);
            audit.record(caller.username(), AuditTrail.DELETED, Permissions.LIST, String.valueOf(id), name, AuditChanges.between(before, Map.of()));
            return null;
        });
        events.deleted(Permissions.LIST, id, caller.username());
    }

    @Override
    public Page<ListMember> members(Caller caller, long id, PageRequest page) {
        guard.require(caller, Permissions.LIST_READ);
        if (page.sort() != null && !SORT_ID.equals(page.sort())) {
            throw ValidationException.of("sort", "notes.error.sort");
        }
        long after = page.cursor() == null ? 0 : KeysetCursor.decode(page.cursor(), SORT_ID).id();
        record Read(ListEntity list, List<Long> ids) {
        }
        Read read = tx.read(em -> {
            ListEntity list = readable(em, caller, id).row();
            return new Read(list, ListKind.STATIC.name().equals(list.kind()) ? new ListRepository(em).memberIds(id, after, page.limit() + 1) : null);
        });
        List<Long> ids = read.ids() != null ? read.ids()
                : dynamic.ids(caller, read.list().recordType(), FiltersJson.read(read.list().filters()), after, page.limit() + 1);
        boolean more = ids.size() > page.limit();
        List<Long> shown = more ? ids.subList(0, page.limit()) : ids;
        Map<Long, String> names = records.names(caller, read.list().recordType(), shown);
        String next = more ? new KeysetCursor(SORT_ID, null, shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(recordId -> new ListMember(recordId, names.get(recordId))).toList(), next);
    }

    @Override
    public long count(Caller caller, long id) {
        guard.require(caller, Permissions.LIST_READ);
        record Read(ListEntity list, Long count) {
        }
        Read read = tx.read(em -> {
            ListEntity list = readable(em, caller, id).row();
            return new Read(list, ListKind.STATIC.name().equals(list.kind()) ? new ListRepository(em).memberCount(id) : null);
        });
        return read.count() != null ? read.count() : dynamic.count(caller, read.list().recordType(), FiltersJson.read(read.list().filters()));
    }

    @Override
    public int addMembers(Caller caller, long id, Collection<Long> recordIds) {
        guard.require(caller, Permissions.LIST_UPDATE);
        Set<Long> wanted = batch(recordIds);
        ListEntity list = tx.read(em -> staticList(editable(em, caller, id).row()));
        Map<Long, String> found = records.names(caller, list.recordType(), wanted);
        List<Long> missing = wanted.stream().filter(recordId -> !found.containsKey(recordId)).limit(10).toList();
        if (!missing.isEmpty()) {
            throw ValidationException.of("recordIds", "notes.error.recordsNotFound", missing.toString());
        }
        int added = tx.write(em -> {
            staticList(editable(em, caller, id).row());
            return new ListRepository(em).members(id, wanted);
        }, (em, present) -> {
            ListRepository repository = new ListRepository(em);
            Instant now = now();
            List<Long> fresh = wanted.stream().filter(recordId -> !present.contains(recordId)).toList();
            fresh.forEach(recordId -> repository.insert(new MemberEntity(id, recordId, caller.username(), now)));
            if (!fresh.isEmpty()) {
                audit.record(caller.username(), MEMBERS_ADDED, Permissions.LIST, String.valueOf(id), list.name(),
                        AuditChanges.between(Map.of(), Map.of("members", fresh.toString())));
            }
            return fresh.size();
        });
        if (added > 0) {
            events.updated(Permissions.LIST, id, caller.username());
        }
        return added;
    }

    @Override
    public int removeMembers(Caller caller, long id, Collection<Long> recordIds) {
        guard.require(caller, Permissions.LIST_UPDATE);
        Set<Long> unwanted = batch(recordIds);
        int removed = tx.write(em -> staticList(editable(em, caller, id).row()), (em, list) -> {
            int count = new ListRepository(em).removeMembers(id, unwanted);
            if (count > 0) {
                audit.record(caller.username(), MEMBERS_REMOVED, Permissions.LIST, String.valueOf(id), list.name(),
                        AuditChanges.between(Map.of("members", unwanted.toString()), Map.of()));
            }
            return count;
        });
        if (removed > 0) {
            events.updated(Permissions.LIST, id, caller.username());
        }
        return removed;
    }

    @Override
    public List<ListShare> shares(Caller caller, long id) {
        guard.require(caller, Permissions.LIST_READ);
        List<ShareEntity> rows = tx.read(em -> {
            readable(em, caller, id);
            return new ListRepository(em).shares(id);
        });
        return rows.stream().map(row -> toShare(caller, row)).toList();
    }

    @Override
    public List<ListShare> share(Caller caller, long id, List<ListShare> shares) {
        guard.require(caller, Permissions.LIST_UPDATE);
        List<ListShare> wanted = shares == null ? List.of() : shares;
        Validator validator = new Validator();
        validator.check(wanted.size() <= MAX_SHARES, "shares", "core.error.range", 0, MAX_SHARES);
        Map<String, ShareEntity> rows = new LinkedHashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            ListShare share = wanted.get(i);
            String field = "shares[" + i + "]";
            if (share == null || share.kind() == null || share.access() == null || share.grantee() == null || share.grantee().isBlank()) {
                validator.reject(field, "core.error.required");
                continue;
            }
            String grantee = share.grantee().strip();
            String kernelType = share.kind() == ListShare.Grantee.USER ? RecordLookups.USERS : RecordLookups.ORG_UNITS;
            if (records.granteeName(caller, kernelType, grantee) == null) {
                validator.reject(field + ".grantee", "notes.error.grantee", grantee);
                continue;
            }
            rows.put(share.kind() + "/" + grantee, new ShareEntity(id, share.kind().name(), grantee, share.access().name()));
        }
        validator.throwIfInvalid();
        tx.write(em -> managed(em, caller, id).row(), (em, list) -> {
            List<String> before = new ListRepository(em).shares(id).stream().map(ListServiceImpl::describe).toList();
            new ListRepository(em).replaceShares(id, new ArrayList<>(rows.values()));
            audit.record(caller.username(), SHARED, Permissions.LIST, String.valueOf(id), list.name(),
                    AuditChanges.between(Map.of("shares", String.join(", ", before)),
                            Map.of("shares", String.join(", ", rows.values().stream().map(ListServiceImpl::describe).toList()))));
            return null;
        });
        events.updated(Permissions.LIST, id, caller.username());
        return shares(caller, id);
    }

    @Override
    public void forEachMember(Caller caller, long id, Consumer<List<ListMember>> batch) {
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT, SORT_ID, false);
        while (page != null) {
            Page<ListMember> members = members(caller, id, page);
            if (!members.items().isEmpty()) {
                batch.accept(members.items());
            }
            page = members.hasNext() ? page.next(members.nextCursor()) : null;
        }
    }

    // ---- checks

    /** What the caller may do with a list they can read. */
    enum Rights {
        READ, EDIT, MANAGE
    }

    private record Readable(ListEntity row, Rights rights) {
    }

    private record Valid(String name, String nameKey, String recordType, ListKind kind, String filtersJson) {
    }

    /**
     * The owner's scope manages a list; a share adds a reader or an editor. A list the caller may
     * not read answers as missing: its existence is not disclosed.
     */
    private static Rights rights(RecordScope scope, ListEntity row, List<ShareEntity> reaching) {
        if (scope.allows(row.owner(), row.ownerUnitId())) {
            return Rights.MANAGE;
        }
        if (reaching.isEmpty()) {
            return null;
        }
        return reaching.stream().anyMatch(share -> ShareAccess.EDIT.name().equals(share.access())) ? Rights.EDIT : Rights.READ;
    }

    private Readable readable(EntityManager em, Caller caller, long id) {
        ListRepository repository = new ListRepository(em);
        ListEntity row = repository.find(id).orElseThrow(() -> new NotFoundException("notes.error.listNotFound", id));
        Rights rights = rights(access.scope(caller, Permissions.LIST), row,
                repository.sharesReaching(List.of(id), caller.username(), caller.unitId()).getOrDefault(id, List.of()));
        if (rights == null) {
            throw new NotFoundException("notes.error.listNotFound", id);
        }
        return new Readable(row, rights);
    }

    private Readable editable(EntityManager em, Caller caller, long id) {
        Readable list = readable(em, caller, id);
        if (list.rights() == Rights.READ) {
            throw new AccessDeniedException(Permissions.LIST_UPDATE);
        }
        return list;
    }

    private Readable managed(EntityManager em, Caller caller, long id) {
        Readable list = readable(em, caller, id);
        if (list.rights() != Rights.MANAGE) {
            throw new AccessDeniedException(Permissions.LIST_DELETE);
        }
        return list;
    }

    private static ListEntity staticList(ListEntity row) {
        if (!ListKind.STATIC.name().equals(row.kind())) {
            throw ValidationException.of("kind", "notes.error.dynamicMembers");
        }
        return row;
    }

    private static void checkName(EntityManager em, String owner, String nameKey, Long exceptId) {
        if (new ListRepository(em).nameTaken(owner, nameKey, exceptId)) {
            throw new ConflictException("notes.error.listExists", List.of(FieldError.of("name", "core.error.duplicate")));
        }
    }

    /**
     * A list's own fields; a dynamic list's filters are checked by running them once through the
     * report builder, which names what it cannot run.
     */
    private Valid validate(Caller caller, ListInput input, ListKind knownKind) {
        Validator validator = new Validator();
        String name = input == null || input.name() == null ? null : input.name().strip();
        validator.required(name, "name").maxLength(name, MAX_NAME, "name");
        validator.check(input != null && input.kind() != null, "kind", "core.error.required");
        validator.throwIfInvalid();
        String type = knownKind != null ? input.recordType() : records.type(input.recordType(), "recordType");
        List<ReportFilter> filters = input.filters() == null ? List.of() : input.filters();
        String json = null;
        if (input.kind() == ListKind.DYNAMIC) {
            if (filters.isEmpty()) {
                throw ValidationException.of("filters", "notes.error.filtersRequired");
            }
            dynamic.count(caller, type, filters);
            json = FiltersJson.write(filters);
        }
        return new Valid(name, PersianText.normalize(name), type, input.kind(), json);
    }

    private static Set<Long> batch(Collection<Long> recordIds) {
        Set<Long> ids = recordIds == null ? Set.of() : new LinkedHashSet<>(recordIds);
        new Validator().check(!ids.isEmpty() && !ids.contains(null), "recordIds", "core.error.required")
                .check(ids.size() <= MAX_BATCH, "recordIds", "core.error.range", 1, MAX_BATCH).throwIfInvalid();
        return ids;
    }

    private MarketingList toList(Caller caller, ListEntity row, Rights rights) {
        boolean edit = rights != Rights.READ && guard.allows(caller, Permissions.LIST_UPDATE);
        return new MarketingList(row.id(), row.name(), row.recordType(), ListKind.valueOf(row.kind()), FiltersJson.read(row.filters()), row.owner(),
                row.ownerUnitId(), row.createdAt(), row.updatedAt(), row.version(), edit, rights == Rights.MANAGE);
    }

    private ListShare toShare(Caller caller, ShareEntity row) {
        ListShare.Grantee kind = ListShare.Grantee.valueOf(row.granteeKind());
        String name = records.granteeName(caller, kind == ListShare.Grantee.USER ? RecordLookups.USERS : RecordLookups.ORG_UNITS, row.grantee());
        return new ListShare(kind, row.grantee(), name, ShareAccess.valueOf(row.access()));
    }

    private static String describe(ShareEntity row) {
        return row.granteeKind().toLowerCase(java.util.Locale.ROOT) + ":" + row.grantee() + "=" + row.access().toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, Object> snapshot(ListEntity row) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", row.name());
        values.put("recordType", row.recordType());
        values.put("kind", row.kind());
        if (row.filters() != null) {
            values.put("filters", row.filters());
        }
        return values;
    }

    /** Milliseconds, as the database keeps them, so what is returned equals what is read later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public List<RecordLinkCount> linksTo(String type, long id) {
        return List.of(new RecordLinkCount(LINKS, tx.read(em -> new ListRepository(em).membershipsOf(type, id))));
    }

    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(CrmEvents.PROPERTY_TYPE) instanceof String type && event.getProperty(CrmEvents.PROPERTY_ID) instanceof Number id) {
            tx.write(em -> type, (em, recordType) -> new ListRepository(em).removeMemberships(recordType, id.longValue()));
        }
    }
}
