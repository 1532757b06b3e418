package org.peyvand.module.tickets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.peyvand.module.tickets.SlaPolicy;
import org.peyvand.module.tickets.SlaPolicyService;
import org.peyvand.module.tickets.TicketPriority;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestGuard;

/** The policies' service on its migrated table and the office's calendar. */
class SlaPolicyServiceTest {
    private static final Caller ADMIN = new Caller("admin", 1, Set.of("administrator"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-07T06:00:00Z"), ZoneOffset.UTC);
    private final Announcements announcements = new Announcements();
    private final RecordingAudit audit = new RecordingAudit();
    private TestDatabase db;

    @BeforeEach
    void open() {
        db = new TestDatabase("crm.tickets");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SlaPolicyServiceImpl service(TestGuard guard) {
        return new SlaPolicyServiceImpl(db.transactions(), guard, audit, new OfficeCalendar(), announcements, NOW);
    }

    @Test
    void administratorsAddChangeAndRemoveATiersTargetsButTheStandardTierStays() {
        SlaPolicyServiceImpl policies = service(new TestGuard());
        SlaPolicy silver = policies.save(ADMIN, new SlaPolicy(0, TicketPriority.HIGH, "silver", 90, 960, 80, 0));
        assertThat(silver.id()).isPositive();
        assertThat(policies.list(ADMIN)).contains(silver);
        assertThat(fieldsOf(() -> policies.save(ADMIN, new SlaPolicy(0, TicketPriority.HIGH, "silver", 60, 600, 80, 0)))).containsExactly("tier");
        assertThat(fieldsOf(() -> policies.save(ADMIN, new SlaPolicy(0, TicketPriority.LOW, "silver", 600, 60, 80, 0))))
                .containsExactly("responseMinutes");

        SlaPolicy faster = policies.save(ADMIN, new SlaPolicy(silver.id(), TicketPriority.HIGH, "silver", 60, 720, 80, silver.version()));
        assertThat(faster.resolutionMinutes()).isEqualTo(720);
        assertThatThrownBy(() -> policies.save(ADMIN, new SlaPolicy(silver.id(), TicketPriority.HIGH, "silver", 60, 600, 80, silver.version())))
                .isInstanceOf(ConflictException.class);

        SlaPolicy standardUrgent = policies.list(ADMIN).stream()
                .filter(p -> p.tier().equals(SlaPolicy.STANDARD) && p.priority() == TicketPriority.URGENT).findFirst().orElseThrow();
        assertThatThrownBy(() -> policies.delete(ADMIN, standardUrgent.id())).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "tickets.error.standardPolicy");
        policies.delete(ADMIN, silver.id());
        assertThat(policies.list(ADMIN)).extracting(SlaPolicy::tier).containsOnly(SlaPolicy.STANDARD);

        assertThat(audit.lines()).extracting(AuditEntry::action).containsExactly("created", "updated", "deleted");
        assertThat(announcements.posted()).extracting(Event::getTopic).as("each committed change, so open tickets are timed again")
                .containsExactly(SlaPolicyService.CHANGED_TOPIC, SlaPolicyService.CHANGED_TOPIC, SlaPolicyService.CHANGED_TOPIC);
    }

    @Test
    void onlyThoseWhoManagePoliciesChangeThem() {
        SlaPolicyServiceImpl policies = service(new TestGuard().deny(Permissions.MANAGE_POLICIES));
        assertThat(policies.list(ADMIN)).hasSize(TicketPriority.values().length);
        assertThatThrownBy(() -> policies.save(ADMIN, new SlaPolicy(0, TicketPriority.LOW, "bronze", 60, 600, 80, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> policies.delete(ADMIN, 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(announcements.posted()).isEmpty();
    }

    private static List<String> fieldsOf(Runnable refused) {
        return ((ValidationException) assertThatThrownBy(refused::run).isInstanceOf(ValidationException.class).actual()).fieldErrors().stream()
                .map(FieldError::field).toList();
    }
}
