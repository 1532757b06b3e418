package org.peyvand.module.tickets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.peyvand.module.tickets.Ticket;
import org.peyvand.module.tickets.TicketChannel;
import org.peyvand.module.tickets.TicketInput;
import org.peyvand.module.tickets.TicketPriority;
import org.peyvand.module.tickets.internal.sla.SlaTurn;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.MovableClock;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.KnownRecords;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.SlaState;

/** The sweep on a database of its own: urgent tickets raised on Saturday 7 March 2026 at 09:00 in Tehran. */
class SlaSweepTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("manager"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private final MovableClock clock = new MovableClock(tehran(3, 7, 9, 0));
    private final OfficeCalendar calendar = new OfficeCalendar();
    private TestDatabase db;
    private TicketServiceImpl tickets;
    private SlaSweep sweep;

    @BeforeEach
    void open() {
        db = new TestDatabase("crm.tickets");
        tickets = new TicketServiceImpl(db.transactions(), new TestGuard(), new TestAccess(), new RecordingAudit(), new KnownRecords(Map.of()),
                new Announcements().events(), calendar, clock);
        sweep = new SlaSweep(db.transactions(), calendar, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Instant tehran(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(OfficeCalendar.TEHRAN).toInstant();
    }

    private void moveTo(Instant moment) {
        clock.move(Duration.between(clock.instant(), moment));
    }

    private Ticket urgent(String subject) {
        return tickets.create(SARA, new TicketInput(subject, null, TicketChannel.PORTAL, TicketPriority.URGENT, null, null, null, null));
    }

    @Test
    void eachClockTurnsOnceAsItsWarningAndDueTimesPass() {
        Ticket unanswered = urgent("بی‌پاسخ");
        Ticket answered = urgent("پاسخ‌داده");
        moveTo(tehran(3, 7, 9, 30));
        tickets.reply(SARA, answered.id(), "در حال بررسی است");

        assertThat(sweep.passed()).as("nothing has passed yet").isEmpty();
        moveTo(tehran(3, 7, 9, 50));
        assertThat(sweep.passed()).containsExactly(new SlaTurn(unanswered.id(), SlaTurn.Clock.RESPONSE, SlaState.WARNING));
        assertThat(sweep.passed()).as("a turn is announced once").isEmpty();
        moveTo(tehran(3, 7, 10, 30));
        assertThat(sweep.passed()).containsExactly(new SlaTurn(unanswered.id(), SlaTurn.Clock.RESPONSE, SlaState.OVERDUE));

        // the resolution target (8 working hours) warns at 75%: 15:00, and is due on Sunday at 09:00
        moveTo(tehran(3, 7, 15, 10));
        assertThat(sweep.passed()).containsExactlyInAnyOrder(new SlaTurn(unanswered.id(), SlaTurn.Clock.RESOLUTION, SlaState.WARNING),
                new SlaTurn(answered.id(), SlaTurn.Clock.RESOLUTION, SlaState.WARNING));
        moveTo(tehran(3, 9, 8, 0));
        assertThat(sweep.passed()).hasSize(2).allMatch(turn -> turn.state() == SlaState.OVERDUE);
        assertThat(tickets.get(SARA, answered.id()).resolution().state()).isEqualTo(SlaState.OVERDUE);
        assertThat(sweep.passed()).isEmpty();
    }

    @Test
    void aHolidayAddedMovesTheDueTimesOfOpenTicketsWhenTheyAreReadAgain() {
        Ticket ticket = urgent("تعطیلی");
        assertThat(ticket.resolution().dueAt()).isEqualTo(tehran(3, 8, 9, 0));
        calendar.withHolidays(LocalDate.of(2026, 3, 8));
        assertThat(sweep.allOpen()).isEmpty();
        assertThat(tickets.get(SARA, ticket.id()).resolution().dueAt()).isEqualTo(tehran(3, 9, 9, 0));
        assertThat(new SlaTurn(ticket.id(), SlaTurn.Clock.RESOLUTION, SlaState.OVERDUE).topic()).isEqualTo("crm/sla/tickets_ticket/resolution_overdue");
    }

    @Test
    void theWatchReadsEveryOpenTicketAgainWhenTheCalendarChangesAndAnnouncesWhatTurned() throws InterruptedException {
        Ticket ticket = urgent("تقویم");
        Announcements heard = new Announcements();
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
        SlaWatch watch = new SlaWatch(sweep, heard.events(), worker);

        // Sunday 8 March at 08:30: half an hour before the resolution is due, until Sunday becomes a holiday
        moveTo(tehran(3, 8, 8, 30));
        watch.sweep();
        assertThat(heard.posted()).extracting(Event::getTopic)
                .containsExactlyInAnyOrder("crm/sla/tickets_ticket/response_overdue", "crm/sla/tickets_ticket/resolution_warning");
        calendar.withHolidays(LocalDate.of(2026, 3, 8));
        watch.handleEvent(new Event(BusinessCalendarService.CHANGED_TOPIC, Map.of()));
        worker.shutdown();
        assertThat(worker.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(tickets.get(SARA, ticket.id()).resolution().dueAt()).isEqualTo(tehran(3, 9, 9, 0));
        assertThat(heard.posted()).hasSize(2).allMatch(event -> event.getProperty("crm.user").equals(SlaWatch.ACTOR));
    }
}
