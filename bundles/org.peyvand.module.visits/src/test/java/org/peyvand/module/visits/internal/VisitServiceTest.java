package org.peyvand.module.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.peyvand.module.visits.Visit;
import org.peyvand.module.visits.VisitInput;
import org.peyvand.module.visits.VisitQuery;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.KnownRecords;
import org.peyvand.platform.testing.form.NoCustomFields;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/** The service on its migrated table (in-memory Derby, the module's own changelog and persistence unit). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitServiceTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("manager"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(I18nService.PERSIAN));
    /** 1404/01/01, Nowruz, at 03:30 in Tehran: still 1403/12/30 in UTC. */
    private static final Instant NOWRUZ_MORNING = Instant.parse("2025-03-21T00:00:00Z");
    private static final LocalDate NOWRUZ = JalaliDate.of(1404, 1, 1).toLocalDate();
    private static final long PETRO = 101;
    private static final long FOOLAD = 102;

    private final TestAccess access = new TestAccess().scope(REZA, Permissions.TYPE, RecordScope.Level.OWN, Set.of());
    private final RecordingAudit audit = new RecordingAudit();
    private final Announcements announcements = new Announcements();
    private final KnownRecords lookups = new KnownRecords(Map.of(
            Permissions.ACCOUNT, Map.of(String.valueOf(PETRO), "پتروشیمی", String.valueOf(FOOLAD), "فولاد"),
            RecordLookups.USERS, Map.of("sara", "سارا", "reza", "رضا", "maryam", "مریم")));
    private TestDatabase db;
    private VisitServiceImpl visits;

    @BeforeAll
    void open() {
        db = new TestDatabase("crm.visits");
        visits = service(new TestGuard());
    }

    @AfterAll
    void close() {
        db.close();
    }

    private VisitServiceImpl service(TestGuard guard) {
        return new VisitServiceImpl(db.transactions(), guard, access, audit, new NoCustomFields(), lookups, announcements.events(),
                Clock.fixed(NOWRUZ_MORNING, ZoneOffset.UTC));
    }

    private static VisitInput visit(LocalDate date, long accountId, String purpose) {
        return new VisitInput(date, accountId, null, purpose, null);
    }

    @Test
    void recordsAVisitOnNowruzInTehranWithTheCallerAsVisitor() {
        Visit created = visits.create(SARA, new VisitInput(NOWRUZ, PETRO, " ", "  دیدار نوروزی  ", ""));
        assertThat(created.visitDate()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(created.visitor()).isEqualTo("sara");
        assertThat(created.purpose()).isEqualTo("دیدار نوروزی");
        assertThat(created.outcome()).isNull();
        assertThat(created.owner()).isEqualTo("sara");
        assertThat(created.ownerUnitId()).isEqualTo(7);
        assertThat(visits.get(SARA, created.id())).isEqualTo(created);
    }

    @Test
    void changesAndDeletesWithAnAuditLineAndAnEventEach() {
        Visit created = visits.create(SARA, new VisitInput(NOWRUZ.minusDays(3), PETRO, "maryam", "ارائه محصول", null));
        Visit changed = visits.update(SARA, created.id(), new VisitInput(NOWRUZ.minusDays(3), PETRO, "maryam", "ارائه محصول", "سفارش آزمایشی"),
                created.version());
        assertThat(changed.outcome()).isEqualTo("سفارش آزمایشی");
        assertThat(changed.version()).isGreaterThan(created.version());
        visits.delete(SARA, created.id());

        List<AuditEntry> lines = audit.lines().subList(audit.lines().size() - 3, audit.lines().size());
        assertThat(lines).extracting(AuditEntry::action).containsExactly(AuditTrail.CREATED, AuditTrail.UPDATED, AuditTrail.DELETED);
        assertThat(lines).extracting(AuditEntry::objectType).containsOnly("visits.visit");
        assertThat(lines).extracting(AuditEntry::summary).containsOnly("ارائه محصول");
        assertThat(lines.get(1).changes()).extracting(AuditEntry.Change::field).containsExactly("outcome");
        assertThat(announcements.posted()).extracting(e -> e.getTopic())
                .contains("crm/record/visits_visit/created", "crm/record/visits_visit/updated", "crm/record/visits_visit/deleted");
        assertThatThrownBy(() -> visits.get(SARA, created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesInvalidInputNamingEveryField() {
        assertThatThrownBy(() -> visits.create(SARA, new VisitInput(NOWRUZ.plusDays(1), 999L, "nobody", " ", "x".repeat(2001))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("visitDate", "core.error.future"),
                                org.assertj.core.groups.Tuple.tuple("accountId", "visits.error.unknownAccount"),
                                org.assertj.core.groups.Tuple.tuple("visitor", "visits.error.unknownVisitor"),
                                org.assertj.core.groups.Tuple.tuple("purpose", "core.error.required"),
                                org.assertj.core.groups.Tuple.tuple("outcome", "core.error.tooLong")));
        assertThatThrownBy(() -> visits.create(SARA, new VisitInput(null, null, null, "x", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("visitDate", "accountId"));
    }

    @Test
    void checksThePermissionBeforeAnythingElse() {
        int before = audit.lines().size();
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.CREATE)).create(SARA, new VisitInput(null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.READ)).list(SARA, VisitQuery.ALL, PageRequest.first(5, "visitDate", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.lines()).hasSize(before);
    }

    @Test
    void refusesAChangeToAStaleVersion() {
        Visit created = visits.create(SARA, visit(NOWRUZ.minusDays(10), FOOLAD, "قرارداد"));
        visits.update(SARA, created.id(), visit(NOWRUZ.minusDays(10), FOOLAD, "قرارداد سالانه"), created.version());
        assertThatThrownBy(() -> visits.update(SARA, created.id(), visit(NOWRUZ.minusDays(10), FOOLAD, "دیگر"), created.version()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void pagesAnAccountsVisitsByDateFindsByPurposeAndKeepsOthersVisitsOutOfAnOwnScope() {
        LocalDate start = NOWRUZ.minusDays(100);
        for (int day = 0; day < 3; day++) {
            visits.create(SARA, visit(start.plusDays(day), FOOLAD, "بازدید دوره‌ای " + day));
        }
        visits.create(SARA, visit(start, PETRO, "بازدید دوره‌ای پتروشیمی"));
        VisitQuery foolad = new VisitQuery("بازديد دوره", FOOLAD);
        Page<Visit> first = visits.list(SARA, foolad, PageRequest.first(2, "visitDate", true));
        assertThat(first.items()).extracting(Visit::visitDate).containsExactly(start.plusDays(2), start.plusDays(1));
        Page<Visit> second = visits.list(SARA, foolad, PageRequest.first(2, "visitDate", true).next(first.nextCursor()));
        assertThat(second.items()).extracting(Visit::visitDate).containsExactly(start);
        assertThat(second.hasNext()).isFalse();
        assertThat(visits.count(SARA, new VisitQuery("بازدید دوره‌ای", null))).as("Arabic yeh finds Persian yeh, every account").isEqualTo(4);

        assertThat(visits.count(REZA, VisitQuery.ALL)).isZero();
        Visit own = visits.create(REZA, visit(start, FOOLAD, "بازدید رضا"));
        assertThat(visits.list(REZA, VisitQuery.ALL, PageRequest.first(50, "createdAt", true)).items()).containsExactly(own);
        assertThatThrownBy(() -> visits.get(REZA, first.items().get(0).id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesAnUnknownSortAndACursorOfAnotherSort() {
        assertThatThrownBy(() -> visits.list(SARA, VisitQuery.ALL, PageRequest.first(5, "colour", false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("sort"));
        visits.create(SARA, visit(NOWRUZ.minusDays(1), PETRO, "الف"));
        visits.create(SARA, visit(NOWRUZ.minusDays(2), PETRO, "ب"));
        String cursor = visits.list(SARA, VisitQuery.ALL, PageRequest.first(1, "visitDate", false)).nextCursor();
        assertThatThrownBy(() -> visits.list(SARA, VisitQuery.ALL, new PageRequest(cursor, 1, "createdAt", false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("cursor"));
    }
}
