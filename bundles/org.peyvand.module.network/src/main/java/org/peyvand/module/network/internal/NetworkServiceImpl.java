package org.peyvand.module.network.internal;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.network.NetworkNode;
import org.peyvand.module.network.NetworkService;
import org.peyvand.module.network.NetworkTree;
import org.peyvand.module.network.NodeClass;
import org.peyvand.module.network.NodeClassInput;
import org.peyvand.module.network.NodeInput;
import org.peyvand.module.network.NodeQuery;
import org.peyvand.module.network.NodeRole;
import org.peyvand.module.network.Region;
import org.peyvand.module.network.RegionInput;
import org.peyvand.module.network.internal.jpa.ClassEntity;
import org.peyvand.module.network.internal.jpa.NetworkRepository;
import org.peyvand.module.network.internal.jpa.NodeEntity;
import org.peyvand.module.network.internal.jpa.RegionEntity;
import org.peyvand.module.relations.Link;
import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.RelationService;
import org.peyvand.platform.core.error.AccessDeniedException;
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
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.platform.form.RecordLinkProvider;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;

/**
 * The network over the relationships module's subsidiary links. It also hears of deleted accounts
 * (the events the accounts module posts after each committed delete) and drops their facts.
 */
@Component(service = { NetworkService.class, EventHandler.class, RecordLinkProvider.class },
        property = EventConstants.EVENT_TOPIC + "=crm/record/accounts_account/deleted")
public class NetworkServiceImpl implements NetworkService, EventHandler, RecordLinkProvider {
    /** Nodes are listed by account id. */
    static final String SORT_ID = "accountId";
    /** Who removes the facts of a deleted account when its event names nobody. */
    static final String SYSTEM = "system";
    static final String ACCOUNT = "accounts.account";
    static final String LINKS = "network.links.node";

    private final Transactions tx;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final RecordLookups lookups;
    private final RelationService relations;
    private final ContactService contacts;
    private final RecordEvents events;
    private final Clock clock;

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public NetworkServiceImpl(@Reference(target = "(osgi.unit.name=crm.network)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.network)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference AuditTrail audit, @Reference RecordLookups lookups, @Reference RelationService relations, @Reference ContactService contacts,
            @Reference EventAdmin events) {
        this(new Transactions(jpa), guard, audit, lookups, relations, contacts, new RecordEvents(events), Clock.systemUTC());
    }

    NetworkServiceImpl(Transactions tx, AccessGuard guard, AuditTrail audit, RecordLookups lookups, RelationService relations,
            ContactService contacts, RecordEvents events, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.audit = audit;
        this.lookups = lookups;
        this.relations = relations;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    // ---- the tree

    @Override
    public Page<NetworkTree> tree(Caller caller, Long rootId, int depth, PageRequest page) {
        guard.require(caller, Permissions.READ);
        new Validator().check(depth >= 0 && depth <= MAX_DEPTH, "depth", "network.error.depth", MAX_DEPTH).throwIfInvalid();
        if (rootId != null) {
            requireVisible(caller, rootId);
            return new Page<>(trees(caller, List.of(rootId), depth), null);
        }
        Long after = afterId(page);
        RootPage roots = roots(caller, after, page.limit());
        return new Page<>(trees(caller, roots.ids(), depth), cursor(roots.nextAfter()));
    }

    @Override
    public NetworkNode node(Caller caller, long accountId) {
        guard.require(caller, Permissions.READ);
        requireVisible(caller, accountId);
        return trees(caller, List.of(accountId), 0).get(0).node();
    }

    @Override
    public List<NetworkNode> children(Caller caller, long accountId) {
        guard.require(caller, Permissions.READ);
        requireVisible(caller, accountId);
        return trees(caller, List.of(accountId), 1).get(0).children().stream().map(NetworkTree::node).toList();
    }

    @Override
    public Page<NetworkNode> find(Caller caller, NodeQuery query, PageRequest page) {
        guard.require(caller, Permissions.READ);
        Long after = afterId(page);
        List<Long> ids = tx.read(em -> {
            NetworkRepository repository = new NetworkRepository(em);
            List<Long> regions = query.regionId() == null ? null : regionWithCities(repository, query.regionId());
            if (query.classId() != null && repository.nodeClass(query.classId()).isEmpty()) {
                throw ValidationException.of("classId", "network.error.unknownClass");
            }
            return repository.find(regions, query.classId(), query.role(), after, page.limit() + 1).stream().map(NodeEntity::accountId).toList();
        });
        boolean more = ids.size() > page.limit();
        List<Long> shown = more ? ids.subList(0, page.limit()) : ids;
        List<NetworkNode> nodes = trees(caller, shown, 0).stream().map(NetworkTree::node).toList();
        return new Page<>(nodes, more ? cursor(shown.get(shown.size() - 1)) : null);
    }

    @Override
    public NetworkNode assign(Caller caller, long accountId, NodeInput input, Long expectedVersion) {
        guard.require(caller, Permissions.MANAGE_NODES);
        requireVisible(caller, accountId);
        tx.write(em -> {
            NetworkRepository repository = new NetworkRepository(em);
            NodeEntity row = repository.node(accountId).orElse(null);
            if (row != null && expectedVersion != null && row.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            check(repository, input);
            return row;
        }, (em, row) -> {
            NetworkRepository repository = new NetworkRepository(em);
            Map<String, Object> before = row == null ? Map.of() : snapshot(row.toInput());
            boolean empty = input.role() == null && input.classId() == null && input.regionId() == null;
            String action;
            if (empty) {
                if (row == null) {
                    return null;
                }
                repository.delete(row);
                action = AuditTrail.DELETED;
            } else {
                if (row == null) {
                    repository.insert(new NodeEntity(accountId, input, caller.username(), now()));
                } else {
                    row.apply(input, caller.username(), now());
                }
                action = row == null ? AuditTrail.CREATED : AuditTrail.UPDATED;
            }
            em.flush();
            audit.record(caller.username(), action, Permissions.NODE, String.valueOf(accountId), "account:" + accountId,
                    AuditChanges.between(before, empty ? Map.of() : snapshot(input)));
            return null;
        });
        events.updated(Permissions.NODE, accountId, caller.username());
        return node(caller, accountId);
    }

    /** An organisation's role, class and region, which leave with it. */
    @Override
    public List<RecordLinkCount> linksTo(String type, long id) {
        if (!ACCOUNT.equals(type)) {
            return List.of();
        }
        return List.of(new RecordLinkCount(LINKS, tx.read(em -> new NetworkRepository(em).node(id)).isPresent() ? 1 : 0));
    }

    /** A deleted account's facts leave with it. */
    @Override
    public void handleEvent(Event event) {
        Object id = event.getProperty(CrmEvents.PROPERTY_ID);
        if (id instanceof Number number) {
            Object user = event.getProperty(CrmEvents.PROPERTY_USER);
            forget(number.longValue(), user == null ? SYSTEM : String.valueOf(user));
        }
    }

    /** @return whether the network had facts about the account */
    boolean forget(long accountId, String username) {
        boolean removed = tx.write(em -> new NetworkRepository(em).node(accountId), (em, row) -> {
            if (row.isEmpty()) {
                return false;
            }
            Map<String, Object> before = snapshot(row.get().toInput());
            new NetworkRepository(em).delete(row.get());
            audit.record(username, AuditTrail.DELETED, Permissions.NODE, String.valueOf(accountId), "account:" + accountId,
                    AuditChanges.between(before, Map.of()));
            return true;
        });
        if (removed) {
            events.deleted(Permissions.NODE, accountId, username);
        }
        return removed;
    }

    // ---- regions

    @Override
    public List<Region> provinces(Caller caller) {
        guard.require(caller, Permissions.READ);
        return byName(caller, tx.read(em -> new NetworkRepository(em).provinces().stream().map(RegionEntity::toRecord).toList()), Region::nameFa,
                Region::nameEn);
    }

    @Override
    public List<Region> cities(Caller caller, long provinceId) {
        guard.require(caller, Permissions.READ);
        return byName(caller, tx.read(em -> {
            NetworkRepository repository = new NetworkRepository(em);
            province(repository, provinceId, () -> new NotFoundException("network.error.regionNotFound", provinceId));
            return repository.cities(provinceId).stream().map(RegionEntity::toRecord).toList();
        }), Region::nameFa, Region::nameEn);
    }

    @Override
    public Region region(Caller caller, long id) {
        guard.require(caller, Permissions.READ);
        return tx.read(em -> regionRow(new NetworkRepository(em), id).toRecord());
    }

    @Override
    public Region createCity(Caller caller, RegionInput input) {
        guard.require(caller, Permissions.MANAGE_REGIONS);
        Region created = tx.write(em -> {
            RegionInput valid = Inputs.region(input);
            if (valid.provinceId() == null) {
                throw ValidationException.of("provinceId", "core.error.required");
            }
            NetworkRepository repository = new NetworkRepository(em);
            province(repository, valid.provinceId(), () -> ValidationException.of("provinceId", "network.error.notProvince"));
            refuseTakenName(repository, valid.provinceId(), valid, null);
            return valid;
        }, (em, valid) -> {
            RegionEntity row = new NetworkRepository(em).insert(new RegionEntity(valid.provinceId(), valid.nameFa(), valid.nameEn()));
            em.flush();
            Region stored = row.toRecord();
            audit.record(caller.username(), AuditTrail.CREATED, Permissions.REGION, String.valueOf(stored.id()), stored.nameEn(),
                    AuditChanges.between(Map.of(), snapshot(stored)));
            return stored;
        });
        events.created(Permissions.REGION, created.id(), caller.username());
        return created;
    }

    @Override
    public Region renameRegion(Caller caller, long id, RegionInput input, long expectedVersion) {
        guard.require(caller, Permissions.MANAGE_REGIONS);
        record Change(RegionEntity row, Region before, RegionInput valid) {
        }
        Region changed = tx.write(em -> {
            NetworkRepository repository = new NetworkRepository(em);
            RegionEntity row = regionRow(repository, id);
            if (row.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            Region before = row.toRecord();
            RegionInput valid = Inputs.region(input);
            if (!before.province()) {
                refuseTakenName(repository, before.provinceId(), valid, id);
            }
            return new Change(row, before, valid);
        }, (em, change) -> {
            change.row().rename(change.valid().nameFa(), change.valid().nameEn());
            em.flush();
            Region after = change.row().toRecord();
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.REGION, String.valueOf(id), after.nameEn(),
                    AuditChanges.between(snapshot(change.before()), snapshot(after)));
            return after;
        });
        events.updated(Permissions.REGION, id, caller.username());
        return changed;
    }

    @Override
    public void deleteCity(Caller caller, long id) {
        guard.require(caller, Permissions.MANAGE_REGIONS);
        tx.write(em -> {
            NetworkRepository repository = new NetworkRepository(em);
            RegionEntity row = regionRow(repository, id);
            if (row.toRecord().province()) {
                throw new ConflictException("network.error.provinceFixed", List.of());
            }
            if (repository.regionUsed(id)) {
                throw new ConflictException("network.error.regionInUse", List.of());
            }
            return row;
        }, (em, row) -> {
            Region before = row.toRecord();
            new NetworkRepository(em).delete(row);
            audit.record(caller.username(), AuditTrail.DELETED, Permissions.REGION, String.valueOf(id), before.nameEn(),
                    AuditChanges.between(snapshot(before), Map.of()));
            return null;
        });
        events.deleted(Permissions.REGION, id, caller.username());
    }

    // ---- classes

    @Override
    public List<NodeClass> classes(Caller caller) {
        guard.require(caller, Permissions.READ);
        return tx.read(em -> new NetworkRepository(em).classes().stream().map(ClassEntity::toRecord).toList());
    }

    @Override
    public NodeClass nodeClass(Caller caller, long id) {
        guard.require(caller, Permissions.READ);
        return tx.read(em -> classRow(new NetworkRepository(em), id).toRecord());
    }

    @Override
    public NodeClass createClass(Caller caller, NodeClassInput input) {
        guard.require(caller, Permissions.MANAGE_REGIONS);
        NodeClass created = tx.write(em -> {
            NodeClassInput valid = Inputs.nodeClass(input);
            if (new NetworkRepository(em).classCodeTaken(valid.code())) {
                throw new ConflictException("network.error.classExists", List.of(FieldError.of("code", "network.error.codeTaken")));
            }
            return valid;
        }, (em, valid) -> {
            ClassEntity row = new NetworkRepository(em).insert(new ClassEntity(valid));
            em.flush();
            NodeClass stored = row.toRecord();
            audit.record(caller.username(), AuditTrail.CREATED, Permissions.CLASS, String.valueOf(stored.id()), stored.code(),
                    AuditChanges.between(Map.of(), snapshot(stored)));
            return stored;
        });
        events.created(Permissions.CLASS, created.id(), caller.username());
        return created;
    }

    @Override
    public NodeClass updateClass(Caller caller, long id, NodeClassInput input, long expectedVersion) {
        guard.require(caller, Permissions.MANAGE_REGIONS);
        record Change(ClassEntity row, NodeClass before, NodeClassInput valid) {
        }
        NodeClass changed = tx.write(em -> {
            ClassEntity row = classRow(new NetworkRepository(em), id);
            if (row.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            NodeClass before = row.toRecord();
            return new Change(row, before, Inputs.nodeClass(new NodeClassInput(before.code(), input.nameFa(), input.nameEn(), input.criteria())));
        }, (em, change) -> {
            change.row().describe(change.valid());
            em.flush();
            NodeClass after = change.row().toRecord();
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.CLASS, String.valueOf(id), after.code(),
                    AuditChanges.between(snapshot(change.before()), snapshot(after)));
            return after;
        });
        events.updated(Permissions.CLASS, id, caller.username());
        return changed;
    }

    @Override
    public void deleteClass(Caller caller, long id) {
        guard.require(caller, Permissions.MANAGE_REGIONS);
        tx.write(em -> {
            NetworkRepository repository = new NetworkRepository(em);
            ClassEntity row = classRow(repository, id);
            if (repository.classUsed(id)) {
                throw new ConflictException("network.error.classInUse", List.of());
            }
            return row;
        }, (em, row) -> {
            NodeClass before = row.toRecord();
            new NetworkRepository(em).delete(row);
            audit.record(caller.username(), AuditTrail.DELETED, Permissions.CLASS, String.valueOf(id), before.code(),
                    AuditChanges.between(snapshot(before), Map.of()));
            return null;
        });
        events.deleted(Permissions.CLASS, id, caller.username());
    }

    // ---- reading trees

    /** What the network knows about the organisations a walk reached, read together. */
    private record Facts(Map<Long, NodeEntity> rows, Map<Long, NodeClass> classes, Map<Long, Region> regions, Map<Long, Long> people) {
        Map<Long, NodeRole> roles() {
            Map<Long, NodeRole> roles = new HashMap<>();
            rows.forEach((id, row) -> {
                if (row.role() != null) {
                    roles.put(id, row.role());
                }
            });
            return roles;
        }
    }

    /**
     * The trees from the starting organisations, {@code depth} levels deep. Their whole subtrees
     * are walked once, a level per read, for the figures; then the network's facts, the contacts per
     * organisation and the names are each read once for every organisation at a time.
     */
    private List<NetworkTree> trees(Caller caller, List<Long> starts, int depth) {
        SubtreeWalk.Result walk = SubtreeWalk.walk(starts, level -> childrenOf(caller, level), ROLL_UP_LEVELS);
        Facts facts = facts(caller, walk.reached());
        Set<Long> shown = shown(starts, walk, depth);
        Map<Long, String> names = names(caller, shown);
        Map<Long, NodeRole> roles = facts.roles();
        Function<Long, NetworkNode> node = id -> {
            NodeEntity row = facts.rows().get(id);
            return new NetworkNode(id, names.get(id), row == null ? null : row.role(),
                    row == null || row.classId() == null ? null : facts.classes().get(row.classId()),
                    row == null || row.regionId() == null ? null : facts.regions().get(row.regionId()), !walk.childrenOf(id).isEmpty(),
                    RollUps.of(id, walk, roles, facts.people()), row == null ? null : row.version());
        };
        return starts.stream().map(start -> tree(start, depth, walk, node, new HashSet<>())).toList();
    }

    /** @param path the nodes above, so a cycle stored before the rule against them is not followed round */
    private static NetworkTree tree(long id, int levels, SubtreeWalk.Result walk, Function<Long, NetworkNode> node, Set<Long> path) {
        List<NetworkTree> children = new ArrayList<>();
        if (levels > 0 && path.add(id)) {
            walk.childrenOf(id).stream().filter(child -> !path.contains(child))
                    .forEach(child -> children.add(tree(child, levels - 1, walk, node, path)));
            path.remove(id);
        }
        return new NetworkTree(node.apply(id), children);
    }

    private static Set<Long> shown(List<Long> starts, SubtreeWalk.Result walk, int depth) {
        Set<Long> shown = new LinkedHashSet<>(starts);
        Deque<Long> level = new ArrayDeque<>(starts);
        for (int i = 0; i < depth && !level.isEmpty(); i++) {
            Deque<Long> next = new ArrayDeque<>();
            level.forEach(id -> walk.childrenOf(id).stream().filter(shown::add).forEach(next::add));
            level = next;
        }
        return shown;
    }

    /** The children of a level's organisations along the subsidiary links the caller may see, by id. */
    private Map<Long, List<Long>> childrenOf(Caller caller, Collection<Long> parents) {
        Map<Long, List<Long>> children = new TreeMap<>();
        subsidiaryLinks(caller, parents, true).stream()
                .sorted(Comparator.comparingLong(link -> link.from().id()))
                .forEach(link -> children.computeIfAbsent(link.to().id(), parent -> new ArrayList<>()).add(link.from().id()));
        return children;
    }

    /**
     * The subsidiary links into or out of the organisations. A caller who may not read relationships
     * sees the network without its links: each organisation on its own.
     */
    private List<Link> subsidiaryLinks(Caller caller, Collection<Long> accounts, boolean intoAccounts) {
        try {
            return relations.linksOf(caller, TREE_TYPE, RecordKind.ACCOUNT, accounts, intoAccounts);
        } catch (AccessDeniedException mayNotReadLinks) {
            return List.of();
        }
    }

    private Facts facts(Caller caller, Set<Long> reached) {
        record Read(Map<Long, NodeEntity> rows, Map<Long, NodeClass> classes, Map<Long, Region> regions) {
        }
        Read read = tx.read(em -> {
            NetworkRepository repository = new NetworkRepository(em);
            Map<Long, NodeEntity> rows = repository.nodes(reached).stream().collect(Collectors.toMap(NodeEntity::accountId, row -> row));
            Map<Long, NodeClass> classes = repository.classes().stream().map(ClassEntity::toRecord)
                    .collect(Collectors.toMap(NodeClass::id, c -> c));
            Set<Long> regionIds = rows.values().stream().map(NodeEntity::regionId).filter(Objects::nonNull).collect(Collectors.toSet());
            Map<Long, Region> regions = repository.regions(regionIds).stream().map(RegionEntity::toRecord)
                    .collect(Collectors.toMap(Region::id, r -> r));
            return new Read(rows, classes, regions);
        });
        return new Facts(read.rows(), read.classes(), read.regions(), people(caller, reached));
    }

    /** Contacts per organisation; {@code null} for a caller who may not read contacts. */
    private Map<Long, Long> people(Caller caller, Set<Long> accounts) {
        try {
            return contacts.countByAccount(caller, accounts);
        } catch (AccessDeniedException mayNotReadContacts) {
            return null;
        }
    }

    /** The roots of one page: tops of the subsidiary links, and nodes with facts and no parent. */
    private RootPage roots(Caller caller, Long after, int limit) {
        List<Long> tops;
        try {
            tops = relations.tops(caller, TREE_TYPE, RecordKind.ACCOUNT, after, limit + 1).stream().map(RecordKey::id).toList();
        } catch (AccessDeniedException mayNotReadLinks) {
            tops = List.of();
        }
        List<Long> candidates = tx.read(em -> new NetworkRepository(em).find(null, null, null, after, limit + 1).stream().map(NodeEntity::accountId)
                .toList());
        Set<Long> withParent = subsidiaryLinks(caller, candidates, false).stream().map(Link::from)
                .map(RecordKey::id).collect(Collectors.toSet());
        return RootPage.merge(tops, candidates, candidates.stream().filter(id -> !withParent.contains(id)).toList(), limit);
    }

    // ---- checks

    private static void check(NetworkRepository repository, NodeInput input) {
        Validator validator = new Validator();
        if (input.classId() != null) {
            validator.check(repository.nodeClass(input.classId()).isPresent(), "classId", "network.error.unknownClass");
            validator.check(input.role() != null && input.role().classified(), "classId", "network.error.classNotForRole");
        }
        if (input.regionId() != null) {
            validator.check(repository.region(input.regionId()).isPresent(), "regionId", "network.error.unknownRegion");
        }
        validator.throwIfInvalid();
    }

    private static void refuseTakenName(NetworkRepository repository, long provinceId, RegionInput valid, Long excludeId) {
        if (repository.cityNameTaken(provinceId, valid.nameFa(), valid.nameEn(), excludeId)) {
            throw new ConflictException("network.error.cityExists", List.of(FieldError.of("nameFa", "network.error.nameTaken")));
        }
    }

    /** A city, or a province and its cities. */
    private static List<Long> regionWithCities(NetworkRepository repository, long regionId) {
        Region region = repository.region(regionId).map(RegionEntity::toRecord)
                .orElseThrow(() -> ValidationException.of("regionId", "network.error.unknownRegion"));
        List<Long> ids = new ArrayList<>(List.of(region.id()));
        if (region.province()) {
            repository.cities(region.id()).forEach(city -> ids.add(city.toRecord().id()));
        }
        return ids;
    }

    private static Region province(NetworkRepository repository, long id, Supplier<? extends CrmException> missing) {
        return repository.region(id).map(RegionEntity::toRecord).filter(Region::province).orElseThrow(missing);
    }

    private static RegionEntity regionRow(NetworkRepository repository, long id) {
        return repository.region(id).orElseThrow(() -> new NotFoundException("network.error.regionNotFound", id));
    }

    private static ClassEntity classRow(NetworkRepository repository, long id) {
        return repository.nodeClass(id).orElseThrow(() -> new NotFoundException("network.error.classNotFound", id));
    }

    /** An organisation the caller may not see answers as missing: its existence is not disclosed. */
    private void requireVisible(Caller caller, long accountId) {
        if (!names(caller, List.of(accountId)).containsKey(accountId)) {
            throw new NotFoundException("network.error.accountNotFound", accountId);
        }
    }

    /** The names of the organisations the caller may see, in one lookup; none while the accounts module is away. */
    private Map<Long, String> names(Caller caller, Collection<Long> accounts) {
        Map<Long, String> names = new HashMap<>();
        try {
            lookups.names(caller, RecordKind.ACCOUNT.recordType(), accounts.stream().map(String::valueOf).toList())
                    .forEach((id, name) -> names.put(Long.parseLong(id), name));
        } catch (CrmException unavailable) {
            // without the accounts module, or the right to look its records up, nothing is named
        }
        return names;
    }

    private static Long afterId(PageRequest page) {
        return page.cursor() == null ? null : KeysetCursor.decode(page.cursor(), SORT_ID).id();
    }

    private static String cursor(Long after) {
        return after == null ? null : new KeysetCursor(SORT_ID, String.valueOf(after), after).encode();
    }

    private static <T> List<T> byName(Caller caller, List<T> items, Function<T, String> persian, Function<T, String> english) {
        boolean fa = "fa".equals(caller.locale().getLanguage());
        Collator collator = Collator.getInstance(caller.locale());
        return items.stream().sorted(Comparator.comparing(fa ? persian : english, collator)).toList();
    }

    private static Map<String, Object> snapshot(NodeInput node) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("role", node.role() == null ? null : node.role().name());
        values.put("classId", node.classId());
        values.put("regionId", node.regionId());
        return values;
    }

    private static Map<String, Object> snapshot(Region region) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("provinceId", region.provinceId());
        values.put("nameFa", region.nameFa());
        values.put("nameEn", region.nameEn());
        return values;
    }

    private static Map<String, Object> snapshot(NodeClass nodeClass) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", nodeClass.code());
        values.put("nameFa", nodeClass.nameFa());
        values.put("nameEn", nodeClass.nameEn());
        values.put("criteria", nodeClass.criteria());
        return values;
    }

    /** Milliseconds, as the database keeps them, so what is returned equals what is read later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
