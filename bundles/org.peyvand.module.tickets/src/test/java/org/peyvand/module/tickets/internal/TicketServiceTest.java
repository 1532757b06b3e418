package org.peyvand.module.tickets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peyvand.module.tickets.Ticket;
import org.peyvand.module.tickets.TicketChannel;
import org.peyvand.module.tickets.TicketInput;
import org.peyvand.module.tickets.TicketMessage;
import org.peyvand.module.tickets.TicketPriority;
import org.peyvand.module.tickets.TicketQueue;
import org.peyvand.module.tickets.TicketService;
import org.peyvand.module.tickets.TicketStatus;
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
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.MovableClock;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.KnownRecords;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;
import org.peyvand.platform.workflow.SlaState;

/**
 * The service on its migrated tables (in-memory Derby, the module's changelog and persistence
 * unit) and the office's calendar: the clock starts on Saturday 7 March 2026 (16 Esfand 1404) at
 * 09:00 in Tehran, and each test moves it on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketServiceTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("manager"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final long PETRO = 101;
    private static final long MINA = 201;
    private static final long SUPPORT_UNIT = 9;
    /** A unit only the queue test gives tickets to. */
    private static final long FIELD_UNIT = 11;

    private final TestAccess access = new TestAccess().scope(REZA, Permissions.TYPE, RecordScope.Level.OWN, Set.of());
    private final RecordingAudit audit = new RecordingAudit();
    private final Announcements announcements = new Announcements();
    private final KnownRecords lookups = new KnownRecords(Map.of(
            Permissions.ACCOUNT, Map.of(String.valueOf(PETRO), "پتروشیمی"),
            Permissions.CONTACT, Map.of(String.valueOf(MINA), "مینا"),
            RecordLookups.USERS, Map.of("sara", "سارا", "reza", "رضا"),
            RecordLookups.ORG_UNITS, Map.of(String.valueOf(SUPPORT_UNIT), "پشتیبانی", "7", "فروش", String.valueOf(FIELD_UNIT), "خدمات میدانی")));
    private final MovableClock clock = new MovableClock(tehran(3, 7, 9, 0));
    private TestDatabase db;
    private TicketServiceImpl tickets;

    @BeforeAll
    void open() {
        db = new TestDatabase("crm.tickets");
        tickets = service(new TestGuard());
    }

    @AfterAll
    void close() {
        db.close();
    }

    private TicketServiceImpl service(TestGuard guard) {
        return new TicketServiceImpl(db.transactions(), guard, access, audit, lookups, announcements.events(), new OfficeCalendar(), clock);
    }

    private static Instant tehran(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(OfficeCalendar.TEHRAN).toInstant();
    }

    private void moveTo(Instant moment) {
        clock.move(Duration.between(clock.instant(), moment));
    }

    private static TicketInput urgent(String subject) {
        return new TicketInput(subject, "  فشار خط لوله افت کرده است  ", TicketChannel.PHONE, TicketPriority.URGENT, null, PETRO, MINA, "پلی‌اتیلن");
    }

    @Test
    void aTicketIsRefusedFieldByFieldAndStoredWithItsTargetsRunning() {
        moveTo(tehran(3, 7, 9, 0));
        ValidationException refused = (ValidationException) assertThatThrownBy(() -> tickets.create(SARA,
                new TicketInput(" ", null, null, null, "gold", 999L, 998L, null))).isInstanceOf(ValidationException.class).actual();
        assertThat(refused.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("subject", "priority", "tier", "accountId", "contactId");

        Ticket created = tickets.create(SARA, urgent("افت فشار"));
        assertThat(created.status()).isEqualTo(TicketStatus.NEW);
        assertThat(created.description()).isEqualTo("فشار خط لوله افت کرده است");
        assertThat(created.tier()).isEqualTo("standard");
        assertThat(created.handlingUnitId()).as("in its creator's unit's queue").isEqualTo(7);
        // urgent on the standard tier: an hour to answer, a working day (8 h) to resolve
        assertThat(created.response().dueAt()).isEqualTo(tehran(3, 7, 10, 0));
        assertThat(created.response().warnAt()).isEqualTo(tehran(3, 7, 9, 45));
        assertThat(created.resolution().dueAt()).isEqualTo(tehran(3, 8, 9, 0));
        assertThat(created.resolution().state()).isEqualTo(SlaState.ON_TIME);
        assertThat(tickets.get(SARA, created.id())).isEqualTo(created);

        AuditEntry line = audit.lines().get(audit.lines().size() - 1);
        assertThat(line.action()).isEqualTo("created");
        assertThat(line.objectId()).isEqualTo(String.valueOf(created.id()));
        assertThat(announcements.posted()).anyMatch(event -> event.getTopic().equals("crm/record/tickets_ticket/created"));
    }

    @Test
    void repliesMeetTheFirstResponseAndWaitingForTheCustomerPausesTheResolution() {
        moveTo(tehran(3, 7, 9, 0));
        Ticket ticket = tickets.create(SARA, urgent("نشتی شیر"));

        moveTo(tehran(3, 7, 9, 50));
        TicketMessage note = tickets.note(SARA, ticket.id(), "با واحد فنی هماهنگ شد");
        assertThat(note.internal()).isTrue();
        assertThat(tickets.get(SARA, ticket.id()).firstResponseAt()).as("a note answers nobody").isNull();
        tickets.reply(SARA, ticket.id(), "کارشناس ما تا یک ساعت دیگر تماس می‌گیرد");
        Ticket answered = tickets.get(SARA, ticket.id());
        assertThat(answered.firstResponseAt()).isEqualTo(tehran(3, 7, 9, 50));
        assertThat(answered.response().state()).isEqualTo(SlaState.MET);
        assertThat(tickets.messages(SARA, ticket.id())).extracting(TicketMessage::internal).containsExactly(true, false);

        // three working hours in progress, then waiting for the customer over the night
        moveTo(tehran(3, 7, 12, 0));
        Ticket waiting = tickets.changeStatus(SARA, ticket.id(), TicketStatus.WAITING_FOR_CUSTOMER, answered.version());
        assertThat(waiting.resolution().state()).isEqualTo(SlaState.PAUSED);
        assertThat(waiting.resolution().dueAt()).isNull();

        moveTo(tehran(3, 8, 10, 0));
        Ticket resumed = tickets.changeStatus(SARA, ticket.id(), TicketStatus.IN_PROGRESS, waiting.version());
        // 3 h used before the pause, 5 h left from Sunday 10:00: due at 15:00
        assertThat(resumed.resolution().dueAt()).isEqualTo(tehran(3, 8, 15, 0));
        assertThat(resumed.resolution().state()).isEqualTo(SlaState.ON_TIME);

        moveTo(tehran(3, 8, 14, 0));
        Ticket resolved = tickets.changeStatus(SARA, ticket.id(), TicketStatus.RESOLVED, resumed.version());
        assertThat(resolved.resolution().state()).isEqualTo(SlaState.MET);
        assertThatThrownBy(() -> tickets.rate(SARA, ticket.id(), 6, resolved.version())).isInstanceOf(ValidationException.class);
        Ticket rated = tickets.rate(SARA, ticket.id(), 4, resolved.version());
        assertThat(rated.satisfaction()).isEqualTo(4);
        assertThatThrownBy(() -> tickets.rate(SARA, ticket.id(), 5, rated.version())).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "tickets.error.alreadyRated");
        Ticket closed = tickets.changeStatus(SARA, ticket.id(), TicketStatus.CLOSED, rated.version());

        assertThatThrownBy(() -> tickets.update(SARA, ticket.id(), urgent("تغییر"), closed.version()))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("messageKey", "tickets.error.closed");
        assertThatThrownBy(() -> tickets.reply(SARA, ticket.id(), "سلام")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> tickets.changeStatus(SARA, ticket.id(), TicketStatus.IN_PROGRESS, closed.version()))
                .isInstanceOf(ValidationException.class);

        // reopened: the clock runs on from the 7 hours it had used
        moveTo(tehran(3, 9, 8, 0));
        Ticket reopened = tickets.changeStatus(SARA, ticket.id(), TicketStatus.REOPENED, closed.version());
        assertThat(reopened.resolution().dueAt()).isEqualTo(tehran(3, 9, 9, 0));
        assertThat(tickets.update(SARA, ticket.id(), urgent("نشتی شیر اصلی"), reopened.version()).subject()).isEqualTo("نشتی شیر اصلی");
    }

    @Test
    void aTicketPastItsTargetsIsOverdueAndAStaleVersionIsRefused() {
        moveTo(tehran(3, 7, 9, 0));
        Ticket ticket = tickets.create(SARA, urgent("قطعی برق"));
        moveTo(tehran(3, 7, 11, 0));
        Ticket moved = tickets.changeStatus(SARA, ticket.id(), TicketStatus.IN_PROGRESS, ticket.version());
        assertThatThrownBy(() -> tickets.rate(SARA, ticket.id(), 5, moved.version())).as("an open ticket is not rated yet")
                .isInstanceOf(ConflictException.class);
        assertThat(moved.response().state()).as("no answer after two hours").isEqualTo(SlaState.OVERDUE);
        assertThat(announcements.posted()).as("the change that finds the clock late announces it, for escalation")
                .anyMatch(event -> event.getTopic().equals("crm/sla/tickets_ticket/response_overdue") && event.getProperty("crm.id").equals(ticket.id()));
        assertThat(moved.resolution().state()).isEqualTo(SlaState.ON_TIME);
        assertThatThrownBy(() -> tickets.changeStatus(SARA, ticket.id(), TicketStatus.RESOLVED, ticket.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> tickets.changeStatus(SARA, ticket.id(), TicketStatus.IN_PROGRESS, moved.version()))
                .isInstanceOf(ValidationException.class).extracting(e -> ((ValidationException) e).fieldErrors().get(0).field())
                .isEqualTo("status");
    }

    @Test
    void assigningPutsANewTicketInAUnitsQueueOrAColleaguesHands() {
        moveTo(tehran(3, 7, 9, 0));
        Ticket ticket = tickets.create(SARA, urgent("کیفیت محموله"));
        ValidationException refused = (ValidationException) assertThatThrownBy(
                () -> tickets.assign(SARA, ticket.id(), 404, "nobody", ticket.version())).isInstanceOf(ValidationException.class).actual();
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("unitId", "assignee");

        Ticket assigned = tickets.assign(SARA, ticket.id(), SUPPORT_UNIT, "reza", ticket.version());
        assertThat(assigned.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(assigned.handlingUnitId()).isEqualTo(SUPPORT_UNIT);
        assertThat(assigned.assignee()).isEqualTo("reza");
        Ticket queued = tickets.assign(SARA, ticket.id(), SUPPORT_UNIT, " ", assigned.version());
        assertThat(queued.assignee()).isNull();
        assertThat(queued.status()).as("already assigned: the status stays").isEqualTo(TicketStatus.ASSIGNED);

        TicketServiceImpl withoutAssign = service(new TestGuard().deny(Permissions.ASSIGN));
        assertThatThrownBy(() -> withoutAssign.assign(SARA, ticket.id(), SUPPORT_UNIT, null, queued.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aColleagueWhoSeesOnlyTheirOwnTicketsIsToldOthersDoNotExist() {
        moveTo(tehran(3, 7, 9, 0));
        Ticket saras = tickets.create(SARA, urgent("درخواست سارا"));
        Ticket rezas = tickets.create(REZA, urgent("درخواست رضا"));
        assertThat(tickets.get(REZA, rezas.id()).owner()).isEqualTo("reza");
        assertThatThrownBy(() -> tickets.get(REZA, saras.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tickets.note(REZA, saras.id(), "یادداشت")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tickets.messages(REZA, saras.id())).isInstanceOf(NotFoundException.class);
        assertThat(List.of(saras.id(), rezas.id())).doesNotHaveDuplicates();
    }

    @Test
    void aQueueListsItsOpenTicketsMostUrgentFirstAndThoseWaitingForTheCustomerLast() {
        moveTo(tehran(3, 7, 9, 0));
        for (TicketPriority priority : List.of(TicketPriority.LOW, TicketPriority.URGENT, TicketPriority.NORMAL, TicketPriority.HIGH)) {
            Ticket ticket = tickets.create(SARA, new TicketInput("صف " + priority, null, TicketChannel.EMAIL, priority, null, null, null, null));
            Ticket queued = tickets.assign(SARA, ticket.id(), FIELD_UNIT, priority == TicketPriority.HIGH ? "reza" : null, ticket.version());
            if (priority == TicketPriority.NORMAL) {
                tickets.changeStatus(SARA, ticket.id(), TicketStatus.WAITING_FOR_CUSTOMER, queued.version());
            }
        }
        Ticket done = tickets.create(SARA, urgent("حل‌شده"));
        done = tickets.assign(SARA, done.id(), FIELD_UNIT, null, done.version());
        tickets.changeStatus(SARA, done.id(), TicketStatus.RESOLVED, done.version());

        List<String> subjects = new ArrayList<>();
        PageRequest page = PageRequest.first(2, TicketService.QUEUE_SORT, false);
        int pages = 0;
        do {
            Page<Ticket> shown = tickets.queue(SARA, new TicketQueue(FIELD_UNIT, null), page);
            shown.items().forEach(t -> subjects.add(t.subject()));
            page = shown.hasNext() ? page.next(shown.nextCursor()) : null;
            pages++;
        } while (page != null);
        assertThat(subjects).containsExactly("صف URGENT", "صف HIGH", "صف LOW", "صف NORMAL");
        assertThat(pages).isEqualTo(2);
        assertThat(tickets.queue(SARA, new TicketQueue(FIELD_UNIT, "reza"), PageRequest.first(10, TicketService.QUEUE_SORT, false))
                .items()).extracting(Ticket::subject).containsExactly("صف HIGH");
        assertThat(tickets.queue(REZA, new TicketQueue(FIELD_UNIT, null), PageRequest.first(10, TicketService.QUEUE_SORT, false)).items())
                .as("reza sees only tickets he raised, even in his hands").isEmpty();
        assertThatThrownBy(() -> tickets.queue(SARA, new TicketQueue(FIELD_UNIT, null), new PageRequest("not-a-cursor", 2, "due", false)))
                .isInstanceOf(ValidationException.class);
    }
}
