package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ${package}.${recordName};
import ${package}.${recordName}Input;
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
import org.peyvand.platform.testing.form.NoCustomFields;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/** The service on its migrated table (in-memory Derby, the module's own changelog and persistence unit). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ${recordName}ServiceTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("manager"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(I18nService.PERSIAN));

    private final TestAccess access = new TestAccess().scope(REZA, Permissions.TYPE, RecordScope.Level.OWN, Set.of());
    private final TestGuard guard = new TestGuard();
    private final RecordingAudit audit = new RecordingAudit();
    private final Announcements announcements = new Announcements();
    private TestDatabase db;
    private ${recordName}ServiceImpl service;

    @BeforeAll
    void open() {
        db = new TestDatabase("crm.${moduleId}");
        service = new ${recordName}ServiceImpl(db.transactions(), guard, access, audit, new NoCustomFields(), announcements.events(),
                Clock.fixed(Instant.parse("2025-03-20T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void createsReadsChangesAndDeletesWithAnAuditLineAndAnEventEach() {
        ${recordName} created = service.create(SARA, new ${recordName}Input("  نخستین  ", ""));
        assertThat(created.name()).isEqualTo("نخستین");
        assertThat(created.notes()).isNull();
        assertThat(created.owner()).isEqualTo("sara");
        assertThat(created.ownerUnitId()).isEqualTo(7);
        assertThat(service.get(SARA, created.id())).isEqualTo(created);

        ${recordName} changed = service.update(SARA, created.id(), new ${recordName}Input("نخستین", "یادداشت"), created.version());
        assertThat(changed.notes()).isEqualTo("یادداشت");
        assertThat(changed.version()).isGreaterThan(created.version());
        service.delete(SARA, created.id());

        List<AuditEntry> lines = audit.lines().subList(audit.lines().size() - 3, audit.lines().size());
        assertThat(lines).extracting(AuditEntry::action).containsExactly(AuditTrail.CREATED, AuditTrail.UPDATED, AuditTrail.DELETED);
        assertThat(lines).extracting(AuditEntry::objectType).containsOnly(Permissions.TYPE);
        assertThat(lines.get(1).changes()).extracting(AuditEntry.Change::field).containsExactly("notes");
        assertThat(announcements.posted()).extracting(e -> e.getTopic()).contains("crm/record/${moduleId}_${recordName.toLowerCase()}/created",
                "crm/record/${moduleId}_${recordName.toLowerCase()}/updated", "crm/record/${moduleId}_${recordName.toLowerCase()}/deleted");
        assertThatThrownBy(() -> service.get(SARA, created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesInvalidInputNamingEveryField() {
        assertThatThrownBy(() -> service.create(SARA, new ${recordName}Input(" ", "x".repeat(2001))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("name", "notes"));
    }

    @Test
    void checksThePermissionBeforeAnythingElse() {
        TestGuard denying = new TestGuard().deny(Permissions.CREATE);
        ${recordName}ServiceImpl refusing = new ${recordName}ServiceImpl(db.transactions(), denying, access, audit, new NoCustomFields(),
                announcements.events(), Clock.systemUTC());
        int before = audit.lines().size();
        assertThatThrownBy(() -> refusing.create(SARA, new ${recordName}Input(null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.lines()).hasSize(before);
    }

    @Test
    void refusesAChangeToAStaleVersion() {
        ${recordName} created = service.create(SARA, new ${recordName}Input("نسخه", null));
        service.update(SARA, created.id(), new ${recordName}Input("نسخه دوم", null), created.version());
        assertThatThrownBy(() -> service.update(SARA, created.id(), new ${recordName}Input("نسخه سوم", null), created.version()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void pagesInNameOrderFindsByPersianPrefixAndKeepsOthersRecordsOutOfAnOwnScope() {
        for (String name : List.of("پیام ۱", "پیام ۲", "پیام ۳", "آرش")) {
            service.create(SARA, new ${recordName}Input(name, null));
        }
        Page<${recordName}> first = service.list(SARA, "پیام", PageRequest.first(2, "name", false));
        assertThat(first.items()).extracting(${recordName}::name).containsExactly("پیام ۱", "پیام ۲");
        Page<${recordName}> second = service.list(SARA, "پیام", PageRequest.first(2, "name", false).next(first.nextCursor()));
        assertThat(second.items()).extracting(${recordName}::name).containsExactly("پیام ۳");
        assertThat(second.hasNext()).isFalse();
        assertThat(service.count(SARA, "پيام")).as("Arabic yeh finds Persian yeh").isEqualTo(3);

        assertThat(service.count(REZA, null)).isZero();
        ${recordName} own = service.create(REZA, new ${recordName}Input("پیام رضا", null));
        assertThat(service.list(REZA, null, PageRequest.first(50, "createdAt", true)).items()).containsExactly(own);
        long saras = service.list(SARA, "پیام ۱", PageRequest.first(1, "name", false)).items().get(0).id();
        assertThatThrownBy(() -> service.get(REZA, saras)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesAnUnknownSort() {
        assertThatThrownBy(() -> service.list(SARA, null, PageRequest.first(5, "colour", false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("sort"));
    }

    @Test
    void auditsOnlyWhatChanged() {
        ${recordName} created = service.create(SARA, new ${recordName}Input("بی‌تغییر", null));
        service.update(SARA, created.id(), new ${recordName}Input("بی‌تغییر", null, Map.of()), created.version());
        assertThat(audit.lines().get(audit.lines().size() - 1).changes()).isEmpty();
    }
}
