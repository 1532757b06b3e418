package org.peyvand.module.relations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.service.event.Event;
import org.peyvand.module.relations.Graph;
import org.peyvand.module.relations.Link;
import org.peyvand.module.relations.LinkInput;
import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.RelatedLink;
import org.peyvand.module.relations.RelationType;
import org.peyvand.module.relations.RelationTypeInput;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.KnownRecords;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/** The service on its migrated tables (in-memory Derby, the module's own changelog and persistence unit). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationServiceTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("manager"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(I18nService.ENGLISH));
    private static final long HOLDING = 101;
    private static final long REFINERY = 102;
    private static final long DEPOT = 103;
    private static final long RIVAL = 104;
    private static final long MINA = 201;
    private static final long KIAN = 202;

    private final TestAccess access = new TestAccess().scope(REZA, Permissions.LINK, RecordScope.Level.OWN, Set.of());
    private final RecordingAudit audit = new RecordingAudit();
    private final Announcements announcements = new Announcements();
    private final KnownRecords lookups = new KnownRecords(Map.of(
            "accounts.account", Map.of("101", "هلدینگ پارس", "102", "پالایشگاه", "103", "انبار", "104", "رقیب",
                    "301", "گروه صنعتی", "302", "نمایندگی شمال", "303", "مرکز پخش رشت", "304", "نمایندگی جنوب"),
            "accounts.contact", Map.of("201", "مینا", "202", "کیان")));
    private TestDatabase db;
    private RelationServiceImpl relations;

    @BeforeAll
    void open() {
        db = new TestDatabase("crm.relations");
        relations = service(new TestGuard());
    }

    @AfterAll
    void close() {
        db.close();
    }

    private RelationServiceImpl service(TestGuard guard) {
        return new RelationServiceImpl(db.transactions(), guard, access, audit, lookups, announcements.events(),
                Clock.fixed(Instant.parse("2025-03-21T00:00:00Z"), ZoneOffset.UTC));
    }

    private long type(String code) {
        return relations.types(SARA).stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
    }

    private Link link(Caller caller, String type, RecordKind fromKind, long from, RecordKind toKind, long to) {
        return relations.create(caller, new LinkInput(type(type), fromKind, from, toKind, to, null, null, null));
    }

    @Test
    void theNineBuiltInTypesAreSeeded() {
        List<RelationType> types = relations.types(SARA);
        assertThat(types).filteredOn(RelationType::builtIn).extracting(RelationType::code).containsExactly("partner", "competitor", "supplier",
                "customer", "agent-of", "broker-for", "shareholder-of", "employee-of", "subsidiary-of");
        RelationType subsidiary = types.stream().filter(t -> t.code().equals("subsidiary-of")).findFirst().orElseThrow();
        assertThat(subsidiary.hierarchical()).isTrue();
        assertThat(subsidiary.fromKind()).isEqualTo(RecordKind.ACCOUNT);
        assertThat(subsidiary.nameFa()).isEqualTo("زیرمجموعه");
        assertThat(subsidiary.inverseEn()).isEqualTo("Parent company of");
    }

    @Test
    void aLinkIsListedFromBothEndsWithTheNameReadFromEach() {
        Link employed = relations.create(SARA, new LinkInput(type("employee-of"), RecordKind.CONTACT, MINA, RecordKind.ACCOUNT, REFINERY,
                LocalDate.of(2020, 1, 1), null, "  مدیر فروش  "));
        assertThat(employed.notes()).isEqualTo("مدیر فروش");
        assertThat(employed.owner()).isEqualTo("sara");

        Page<RelatedLink> ofMina = relations.linksOf(SARA, RecordKind.CONTACT, MINA, PageRequest.first(10, null, false));
        assertThat(ofMina.items()).extracting(RelatedLink::outgoing, RelatedLink::name, RelatedLink::otherName)
                .containsExactly(tuple(true, "کارمند", "پالایشگاه"));
        Page<RelatedLink> ofRefinery = relations.linksOf(SARA.withPreferences(DisplayPreferences.defaults(I18nService.ENGLISH)),
                RecordKind.ACCOUNT, REFINERY, PageRequest.first(10, null, false));
        assertThat(ofRefinery.items()).filteredOn(item -> item.link().id() == employed.id())
                .extracting(RelatedLink::outgoing, RelatedLink::name, RelatedLink::other)
                .containsExactly(tuple(false, "Employer of", new RecordKey(RecordKind.CONTACT, MINA)));
    }

    @Test
    void aHierarchyIsReadALevelAtATimeFromItsTops() {
        link(SARA, "subsidiary-of", RecordKind.ACCOUNT, 302, RecordKind.ACCOUNT, 301);
        link(SARA, "subsidiary-of", RecordKind.ACCOUNT, 304, RecordKind.ACCOUNT, 301);
        link(SARA, "subsidiary-of", RecordKind.ACCOUNT, 303, RecordKind.ACCOUNT, 302);
        link(SARA, "partner", RecordKind.ACCOUNT, 303, RecordKind.ACCOUNT, 304);

        assertThat(relations.linksOf(SARA, "subsidiary-of", RecordKind.ACCOUNT, List.of(301L), true))
                .extracting(l -> l.from().id()).containsExactlyInAnyOrder(302L, 304L);
        assertThat(relations.linksOf(SARA, "subsidiary-of", RecordKind.ACCOUNT, List.of(302L, 304L), true))
                .extracting(l -> l.from().id()).containsExactly(303L);
        assertThat(relations.linksOf(SARA, "subsidiary-of", RecordKind.ACCOUNT, List.of(303L), false))
                .extracting(l -> l.to().id()).containsExactly(302L);
        assertThat(relations.tops(SARA, "subsidiary-of", RecordKind.ACCOUNT, 300L, 10)).containsExactly(new RecordKey(RecordKind.ACCOUNT, 301));
        assertThat(relations.tops(SARA, "subsidiary-of", RecordKind.ACCOUNT, 301L, 10)).isEmpty();
        assertThatThrownBy(() -> relations.linksOf(SARA, "no-such-type", RecordKind.ACCOUNT, List.of(301L), true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                        .containsExactly("typeCode"));
        // REZA sees only his own links: none of these
        assertThat(relations.tops(REZA, "subsidiary-of", RecordKind.ACCOUNT, 300L, 10)).isEmpty();
    }

    @Test
    void refusesBadInputNamingEveryField() {
        assertThatThrownBy(() -> relations.create(SARA, new LinkInput(type("employee-of"), RecordKind.ACCOUNT, HOLDING, RecordKind.ACCOUNT, 999L,
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1), "x".repeat(2001))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("fromKind", "relations.error.kindNotAllowed"),
                                tuple("toId", "relations.error.unknownRecord"),
                                tuple("endDate", "relations.error.dateOrder"),
                                tuple("notes", "core.error.tooLong")));
        assertThatThrownBy(() -> relations.create(SARA, new LinkInput(null, null, null, RecordKind.ACCOUNT, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("typeId", "fromKind", "fromId", "toId"));
        assertThatThrownBy(() -> relations.create(SARA, new LinkInput(424242L, RecordKind.ACCOUNT, HOLDING, RecordKind.ACCOUNT, RIVAL, null, null,
                null))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("typeId"));
    }

    @Test
    void refusesSelfLinksDuplicatesAndCyclesInAHierarchy() {
        assertThatThrownBy(() -> link(SARA, "partner", RecordKind.ACCOUNT, RIVAL, RecordKind.ACCOUNT, RIVAL))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactly(tuple("toId", "relations.error.selfLink")));

        link(SARA, "competitor", RecordKind.ACCOUNT, HOLDING, RecordKind.ACCOUNT, RIVAL);
        assertThatThrownBy(() -> link(SARA, "competitor", RecordKind.ACCOUNT, HOLDING, RecordKind.ACCOUNT, RIVAL))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("toId"));

        // the depot is the refinery's subsidiary, the refinery the holding's
        link(SARA, "subsidiary-of", RecordKind.ACCOUNT, DEPOT, RecordKind.ACCOUNT, REFINERY);
        link(SARA, "subsidiary-of", RecordKind.ACCOUNT, REFINERY, RecordKind.ACCOUNT, HOLDING);
        assertThatThrownBy(() -> link(SARA, "subsidiary-of", RecordKind.ACCOUNT, HOLDING, RecordKind.ACCOUNT, DEPOT))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactly(tuple("toId", "relations.error.cycle")));
        // the same records in a type without a hierarchy are fine
        assertThat(link(SARA, "shareholder-of", RecordKind.ACCOUNT, HOLDING, RecordKind.ACCOUNT, DEPOT).id()).isPositive();
    }

    @Test
    void neighboursWalkBothWaysToTheDepthAsked() {
        Graph one = relations.neighbours(SARA, RecordKind.ACCOUNT, REFINERY, 1);
        assertThat(one.nodes()).extracting(Graph.Node::record).contains(new RecordKey(RecordKind.ACCOUNT, REFINERY));
        assertThat(one.nodes()).allSatisfy(node -> assertThat(node.depth()).isLessThanOrEqualTo(1));
        assertThat(one.edges()).allSatisfy(edge -> assertThat(one.nodes()).extracting(Graph.Node::record).contains(edge.from(), edge.to()));
        assertThatThrownBy(() -> relations.neighbours(SARA, RecordKind.ACCOUNT, REFINERY, 5))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("depth"));
        assertThatThrownBy(() -> relations.neighbours(SARA, null, null, 2))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                        .containsExactly("kind", "id"));
    }

    @Test
    void changesAndDeletesWithAnAuditLineAndAnEventEach() {
        Link created = link(SARA, "customer", RecordKind.CONTACT, KIAN, RecordKind.ACCOUNT, RIVAL);
        Link changed = relations.update(SARA, created.id(), new LinkInput(created.typeId(), RecordKind.CONTACT, KIAN, RecordKind.ACCOUNT, RIVAL,
                LocalDate.of(2023, 3, 21), null, "از ۱۴۰۲"), created.version());
        assertThat(changed.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> relations.update(SARA, created.id(), new LinkInput(created.typeId(), RecordKind.CONTACT, KIAN, RecordKind.ACCOUNT,
                RIVAL, null, null, null), created.version())).isInstanceOf(ConflictException.class);
        relations.delete(SARA, created.id());

        List<AuditEntry> lines = audit.lines().subList(audit.lines().size() - 3, audit.lines().size());
        assertThat(lines).extracting(AuditEntry::action).containsExactly(AuditTrail.CREATED, AuditTrail.UPDATED, AuditTrail.DELETED);
        assertThat(lines).extracting(AuditEntry::summary).containsOnly("contact:202 customer account:104");
        assertThat(lines.get(1).changes()).extracting(AuditEntry.Change::field).containsExactlyInAnyOrder("startDate", "notes");
        assertThat(announcements.posted()).extracting(Event::getTopic)
                .contains("crm/record/relations_link/created", "crm/record/relations_link/updated", "crm/record/relations_link/deleted");
        assertThatThrownBy(() -> relations.get(SARA, created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeletedRecordTakesItsLinksAlong() {
        Link partner = link(SARA, "partner", RecordKind.CONTACT, KIAN, RecordKind.CONTACT, MINA);
        Link agent = link(REZA, "agent-of", RecordKind.CONTACT, KIAN, RecordKind.ACCOUNT, HOLDING);
        Link untouched = link(SARA, "broker-for", RecordKind.CONTACT, MINA, RecordKind.ACCOUNT, RIVAL);
        int before = audit.lines().size();

        relations.handleEvent(new Event("crm/record/accounts_contact/deleted",
                Map.of("crm.type", "accounts.contact", "crm.id", KIAN, "crm.user", "maryam")));

        assertThatThrownBy(() -> relations.get(SARA, partner.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> relations.get(SARA, agent.id())).isInstanceOf(NotFoundException.class);
        assertThat(relations.get(SARA, untouched.id())).isEqualTo(untouched);
        assertThat(audit.lines().subList(before, audit.lines().size())).extracting(AuditEntry::actor, AuditEntry::action)
                .containsOnly(tuple("maryam", AuditTrail.DELETED)).hasSize(2);
    }

    @Test
    void onlyTheOwnersLinksAreVisibleInAnOwnScope() {
        Link saras = link(SARA, "partner", RecordKind.ACCOUNT, DEPOT, RecordKind.ACCOUNT, RIVAL);
        assertThatThrownBy(() -> relations.get(REZA, saras.id())).isInstanceOf(NotFoundException.class);
        assertThat(relations.linksOf(REZA, RecordKind.ACCOUNT, DEPOT, PageRequest.first(50, null, false)).items())
                .noneMatch(item -> item.link().id() == saras.id());
    }

    @Test
    void pagesOfLinksWalkEveryLinkOnce() {
        for (long account : List.of(HOLDING, REFINERY, DEPOT, RIVAL)) {
            link(SARA, "supplier", RecordKind.CONTACT, MINA, RecordKind.ACCOUNT, account);
        }
        Page<RelatedLink> first = relations.linksOf(SARA, RecordKind.CONTACT, MINA, PageRequest.first(3, null, false));
        assertThat(first.items()).hasSize(3);
        Page<RelatedLink> rest = relations.linksOf(SARA, RecordKind.CONTACT, MINA, PageRequest.first(3, null, false).next(first.nextCursor()));
        assertThat(rest.items()).isNotEmpty();
        assertThat(rest.items()).extracting(item -> item.link().id()).doesNotContainAnyElementsOf(first.items().stream().map(i -> i.link().id()).toList());
    }

    @Test
    void administratorsManageTypesAndBuiltInOnesStay() {
        RelationType mentor = relations.createType(SARA, new RelationTypeInput(" Mentor-Of ", "مربی", "Mentor of", "شاگرد", "Mentee of",
                RecordKind.CONTACT, RecordKind.CONTACT, false));
        assertThat(mentor.code()).isEqualTo("mentor-of");
        assertThat(mentor.builtIn()).isFalse();
        assertThatThrownBy(() -> relations.createType(SARA, new RelationTypeInput("mentor-of", "الف", "a", "ب", "b", null, null, false)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> relations.createType(SARA, new RelationTypeInput("1 bad", " ", null, "ب", "b", null, null, false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("code", "nameFa", "nameEn"));

        RelationType renamed = relations.updateType(SARA, mentor.id(), new RelationTypeInput(null, "راهنما", "Coach of", "شاگرد", "Coached by",
                RecordKind.ACCOUNT, null, true), mentor.version());
        assertThat(renamed).extracting(RelationType::nameEn, RelationType::fromKind, RelationType::hierarchical)
                .containsExactly("Coach of", RecordKind.CONTACT, false);

        Link coached = relations.create(SARA, new LinkInput(mentor.id(), RecordKind.CONTACT, MINA, RecordKind.CONTACT, KIAN, null, null, null));
        assertThatThrownBy(() -> relations.deleteType(SARA, mentor.id())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("relations.error.typeInUse"));
        relations.delete(SARA, coached.id());
        relations.deleteType(SARA, mentor.id());
        assertThatThrownBy(() -> relations.type(SARA, mentor.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> relations.deleteType(SARA, type("partner"))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("relations.error.builtIn"));
    }

    @Test
    void checksThePermissionBeforeAnythingElse() {
        int before = audit.lines().size();
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.CREATE)).create(SARA, new LinkInput(null, null, null, null, null, null,
                null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.MANAGE_TYPES)).createType(SARA, new RelationTypeInput(null, null, null,
                null, null, null, null, false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.READ)).neighbours(SARA, RecordKind.ACCOUNT, HOLDING, 9))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.lines()).hasSize(before);
    }
}
