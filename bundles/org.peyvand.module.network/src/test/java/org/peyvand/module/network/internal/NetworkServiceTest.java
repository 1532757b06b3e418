package org.peyvand.module.network.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.service.event.Event;
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
import org.peyvand.module.network.RollUp;
import org.peyvand.module.relations.Link;
import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.RelationService;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.KnownRecords;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestGuard;

/**
 * The service on its migrated tables (in-memory Derby, the module's own changelog and persistence
 * unit); the subsidiary links and the contact counts come from stand-ins of the relationships and
 * accounts modules that answer from a list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkServiceTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("manager"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(I18nService.ENGLISH));
    private static final Caller NIMA = new Caller("nima", 9, Set.of("clerk"), DisplayPreferences.defaults(I18nService.ENGLISH));
    private static final long TEHRAN = 8;
    private static final long GILAN = 25;

    private final RecordingAudit audit = new RecordingAudit();
    private final Announcements announcements = new Announcements();
    private final Map<String, String> accounts = new HashMap<>();
    private final KnownRecords lookups = new KnownRecords(Map.of("accounts.account", accounts));
    /** Subsidiary links as {child, parent}. */
    private final List<long[]> links = new ArrayList<>();
    private final Map<Long, Long> people = new HashMap<>();
    private final RelationService relations = mock(RelationService.class);
    private final ContactService contacts = mock(ContactService.class);
    private TestDatabase db;
    private NetworkServiceImpl network;

    @BeforeAll
    void open() {
        db = new TestDatabase("crm.network");
        network = service(new TestGuard());
        when(relations.linksOf(any(), eq(NetworkService.TREE_TYPE), eq(RecordKind.ACCOUNT), anyCollection(), anyBoolean())).thenAnswer(call -> {
            Collection<Long> ids = call.getArgument(3);
            boolean into = call.getArgument(4);
            return links.stream().filter(l -> ids.contains(into ? l[1] : l[0])).map(NetworkServiceTest::link).toList();
        });
        when(relations.tops(any(), eq(NetworkService.TREE_TYPE), eq(RecordKind.ACCOUNT), any(), anyInt())).thenAnswer(call -> {
            Long after = call.getArgument(3);
            int limit = call.getArgument(4);
            return links.stream().map(l -> l[1]).distinct().filter(parent -> links.stream().noneMatch(l -> l[0] == parent))
                    .filter(parent -> after == null || parent > after).sorted().limit(limit).map(id -> new RecordKey(RecordKind.ACCOUNT, id)).toList();
        });
        when(contacts.countByAccount(eq(SARA), anyCollection())).thenAnswer(call -> {
            Collection<Long> ids = call.getArgument(1);
            Map<Long, Long> counts = new HashMap<>(people);
            counts.keySet().retainAll(ids);
            return counts;
        });
        when(contacts.countByAccount(eq(REZA), anyCollection())).thenThrow(new AccessDeniedException("accounts.contact.read"));
        when(contacts.countByAccount(eq(NIMA), anyCollection())).thenReturn(Map.of());
        when(relations.linksOf(eq(NIMA), any(), any(), anyCollection(), anyBoolean())).thenThrow(new AccessDeniedException("relations.link.read"));
        when(relations.tops(eq(NIMA), any(), any(), any(), anyInt())).thenThrow(new AccessDeniedException("relations.link.read"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    private NetworkServiceImpl service(TestGuard guard) {
        return new NetworkServiceImpl(db.transactions(), guard, audit, lookups, relations, contacts, announcements.events(),
                Clock.fixed(Instant.parse("2025-03-21T00:00:00Z"), ZoneOffset.UTC));
    }

    private static Link link(long[] childParent) {
        return new Link(childParent[0] * 1000 + childParent[1], 9, new RecordKey(RecordKind.ACCOUNT, childParent[0]),
                new RecordKey(RecordKind.ACCOUNT, childParent[1]), null, null, null, "sara", 7, Instant.EPOCH, Instant.EPOCH, 0);
    }

    private void account(long id, String name) {
        accounts.put(String.valueOf(id), name);
    }

    private void subsidiary(long child, long parent) {
        links.add(new long[] { child, parent });
    }

    private NodeClass grade(String code) {
        return network.classes(SARA).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseGet(() -> network.createClass(SARA, new NodeClassInput(code, "درجه " + code, "Grade " + code, "فروش سالانه")));
    }

    @Test
    void theThirtyOneProvincesAreSeededInBothLanguages() {
        List<Region> provinces = network.provinces(SARA);
        assertThat(provinces).hasSize(31).allSatisfy(p -> assertThat(p.province()).isTrue());
        assertThat(provinces.get(0).nameFa()).isEqualTo("آذربایجان شرقی");
        assertThat(network.region(SARA, TEHRAN)).extracting(Region::provinceCode, Region::nameFa, Region::nameEn)
                .containsExactly("tehran", "تهران", "Tehran");
        assertThat(network.provinces(REZA)).extracting(Region::nameEn).startsWith("Alborz", "Ardabil");
    }

    @Test
    void citiesAreAddedUnderAProvinceOnceAndLeaveOnlyWhenUnused() {
        Region rasht = network.createCity(SARA, new RegionInput(GILAN, " رشت ", "Rasht"));
        assertThat(rasht.provinceId()).isEqualTo(GILAN);
        assertThat(network.cities(SARA, GILAN)).extracting(Region::nameFa).containsExactly("رشت");
        assertThatThrownBy(() -> network.createCity(SARA, new RegionInput(GILAN, "رشت", "Resht")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("nameFa"));
        assertThatThrownBy(() -> network.createCity(SARA, new RegionInput(rasht.id(), "محله", "Quarter")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(FieldError.of("provinceId", "network.error.notProvince")));
        assertThatThrownBy(() -> network.createCity(SARA, new RegionInput(null, "", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                        .containsExactly("nameFa", "nameEn"));
        assertThatThrownBy(() -> network.deleteCity(SARA, GILAN)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("network.error.provinceFixed"));

        account(900, "نمایندگی رشت");
        network.assign(SARA, 900, new NodeInput(NodeRole.AGENCY, null, rasht.id()), null);
        assertThatThrownBy(() -> network.deleteCity(SARA, rasht.id())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("network.error.regionInUse"));
        network.assign(SARA, 900, new NodeInput(null, null, null), null);
        Region renamed = network.renameRegion(SARA, rasht.id(), new RegionInput(null, "رشت", "Rasht City"), rasht.version());
        network.deleteCity(SARA, renamed.id());
        assertThat(network.cities(SARA, GILAN)).isEmpty();
        assertThat(audit.lines()).filteredOn(l -> l.objectType().equals(Permissions.REGION)).extracting(AuditEntry::action)
                .containsExactly(AuditTrail.CREATED, AuditTrail.UPDATED, AuditTrail.DELETED);
    }

    @Test
    void classesHaveUniqueCodesAndStayWhileHeld() {
        NodeClass gold = network.createClass(SARA, new NodeClassInput("G1", "طلایی", "Gold", "فروش سالانه بالای ۱۰۰ میلیارد ریال"));
        assertThatThrownBy(() -> network.createClass(SARA, new NodeClassInput("G1", "دیگر", "Other", null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(FieldError.of("code", "network.error.codeTaken")));
        NodeClass changed = network.updateClass(SARA, gold.id(), new NodeClassInput("ignored", "طلایی", "Golden", null), gold.version());
        assertThat(changed).extracting(NodeClass::code, NodeClass::nameEn, NodeClass::criteria).containsExactly("G1", "Golden", null);
        assertThatThrownBy(() -> network.updateClass(SARA, gold.id(), new NodeClassInput(null, "x", "y", null), gold.version()))
                .isInstanceOf(ConflictException.class);

        account(910, "مرکز فروش طلایی");
        network.assign(SARA, 910, new NodeInput(NodeRole.SALES_CENTRE, gold.id(), null), null);
        assertThatThrownBy(() -> network.deleteClass(SARA, gold.id())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("network.error.classInUse"));
        network.assign(SARA, 910, new NodeInput(NodeRole.SALES_CENTRE, null, null), null);
        network.deleteClass(SARA, gold.id());
        assertThatThrownBy(() -> network.nodeClass(SARA, gold.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void settingANodeNamesEveryBadFieldAndIsAudited() {
        account(920, "نمایندگی تبریز");
        NodeClass a = grade("A");
        assertThatThrownBy(() -> network.assign(SARA, 920, new NodeInput(NodeRole.DISTRIBUTION_CENTRE, a.id(), 424242L), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("classId", "network.error.classNotForRole"), tuple("regionId", "network.error.unknownRegion")));
        assertThatThrownBy(() -> network.assign(SARA, 920, new NodeInput(NodeRole.AGENCY, 424242L, null), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::messageKey)
                        .containsExactly("network.error.unknownClass"));
        assertThatThrownBy(() -> network.assign(SARA, 999_999, new NodeInput(NodeRole.AGENCY, null, null), null)).isInstanceOf(NotFoundException.class);

        NetworkNode set = network.assign(SARA, 920, new NodeInput(NodeRole.AGENCY, a.id(), 1L), null);
        assertThat(set).extracting(NetworkNode::name, NetworkNode::role, n -> n.nodeClass().code(), n -> n.region().nameFa())
                .containsExactly("نمایندگی تبریز", NodeRole.AGENCY, "A", "آذربایجان شرقی");
        assertThatThrownBy(() -> network.assign(SARA, 920, new NodeInput(NodeRole.SUBSIDIARY, null, null), set.version() + 1))
                .isInstanceOf(ConflictException.class);
        NetworkNode moved = network.assign(SARA, 920, new NodeInput(NodeRole.SUBSIDIARY, null, 1L), set.version());
        assertThat(moved.nodeClass()).isNull();
        assertThat(audit.lines()).filteredOn(l -> l.objectType().equals(Permissions.NODE) && l.objectId().equals("920"))
                .extracting(AuditEntry::action).containsExactly(AuditTrail.CREATED, AuditTrail.UPDATED);
        assertThat(announcements.posted()).extracting(Event::getTopic).contains("crm/record/network_node/updated");
    }

    @Test
    void theTreeRollsUpRolesAndPeopleBeneathEachNode() {
        account(100, "هلدینگ سپهر");
        account(101, "سپهر شمال");
        account(102, "پخش رشت");
        account(103, "نمایندگی لاهیجان");
        account(104, "فروشگاه انزلی");
        account(105, "سپهر جنوب");
        subsidiary(101, 100);
        subsidiary(105, 100);
        subsidiary(102, 101);
        subsidiary(103, 102);
        subsidiary(104, 102);
        people.putAll(Map.of(100L, 5L, 102L, 2L, 103L, 1L, 104L, 3L));
        network.assign(SARA, 100, new NodeInput(NodeRole.HEAD_OFFICE, null, TEHRAN), null);
        network.assign(SARA, 101, new NodeInput(NodeRole.SUBSIDIARY, null, GILAN), null);
        network.assign(SARA, 102, new NodeInput(NodeRole.DISTRIBUTION_CENTRE, null, GILAN), null);
        network.assign(SARA, 103, new NodeInput(NodeRole.AGENCY, grade("B").id(), GILAN), null);
        network.assign(SARA, 104, new NodeInput(NodeRole.SALES_CENTRE, grade("B").id(), GILAN), null);

        NetworkTree tree = network.tree(SARA, 100L, 2, PageRequest.first(10, null, false)).items().get(0);
        assertThat(tree.node().rollUp()).isEqualTo(new RollUp(5, 1, 1, 1, 1, 11L, false));
        assertThat(tree.children()).extracting(t -> t.node().accountId()).containsExactly(101L, 105L);
        NetworkTree north = tree.children().get(0);
        assertThat(north.node().rollUp()).isEqualTo(new RollUp(3, 0, 1, 1, 1, 6L, false));
        assertThat(north.children()).singleElement().satisfies(centre -> {
            assertThat(centre.node().hasChildren()).isTrue();
            assertThat(centre.children()).as("two levels shown").isEmpty();
        });
        assertThat(tree.children().get(1).node().hasChildren()).isFalse();

        assertThat(network.children(SARA, 102)).extracting(NetworkNode::name).containsExactly("نمایندگی لاهیجان", "فروشگاه انزلی");
        // a caller who may not read contacts sees the organisations but no head count
        assertThat(network.node(REZA, 100).rollUp().people()).isNull();
        assertThat(network.node(REZA, 100).rollUp().organisations()).isEqualTo(5);

        // without the right to read relationships the network has no links: each organisation stands alone
        assertThat(network.node(NIMA, 100).rollUp().organisations()).isZero();
        assertThat(network.tree(NIMA, null, 1, PageRequest.first(500, null, false)).items()).extracting(t -> t.node().accountId())
                .contains(100L, 101L, 102L);

        // the tops: the holding, and a node with facts but no links; not the linked ones beneath
        account(130, "مرکز فروش مستقل");
        network.assign(SARA, 130, new NodeInput(NodeRole.SALES_CENTRE, null, null), null);
        List<Long> tops = new ArrayList<>();
        Page<NetworkTree> page = network.tree(SARA, null, 0, PageRequest.first(1, null, false));
        for (int i = 0; i < 50 && page != null; i++) {
            page.items().forEach(t -> tops.add(t.node().accountId()));
            page = page.hasNext() ? network.tree(SARA, null, 0, PageRequest.first(1, null, false).next(page.nextCursor())) : null;
        }
        assertThat(tops).contains(100L, 130L).doesNotContain(101L, 102L, 103L, 104L, 105L).isSorted();

        assertThat(network.find(SARA, new NodeQuery(GILAN, null, null), PageRequest.first(50, null, false)).items())
                .extracting(NetworkNode::accountId).containsExactly(101L, 102L, 103L, 104L);
        assertThat(network.find(SARA, new NodeQuery(GILAN, grade("B").id(), NodeRole.AGENCY), PageRequest.first(50, null, false)).items())
                .extracting(NetworkNode::accountId).containsExactly(103L);
        assertThatThrownBy(() -> network.tree(SARA, 100L, 9, PageRequest.first(1, null, false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("depth"));
    }

    @Test
    void aDeletedAccountTakesItsFactsAlong() {
        account(940, "انبار قدیمی");
        network.assign(SARA, 940, new NodeInput(NodeRole.DISTRIBUTION_CENTRE, null, null), null);
        network.handleEvent(new Event("crm/record/accounts_account/deleted", Map.of(CrmEvents.PROPERTY_ID, 940L, CrmEvents.PROPERTY_TYPE, "accounts.account", CrmEvents.PROPERTY_USER, "sara")));
        assertThat(network.node(SARA, 940).role()).isNull();
        assertThat(network.node(SARA, 940).version()).isNull();
    }

    @Test
    void everyFaceNeedsItsPermission() {
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.READ)).tree(SARA, null, 1, PageRequest.first(1, null, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.MANAGE_NODES)).assign(SARA, 1, new NodeInput(null, null, null), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.MANAGE_REGIONS)).createCity(SARA, new RegionInput(TEHRAN, "ری", "Rey")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.MANAGE_REGIONS)).createClass(SARA, new NodeClassInput("C", "ج", "C", null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
