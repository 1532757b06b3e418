package org.peyvand.module.tickets.internal.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.module.tickets.internal.OfficeCalendar;
import org.peyvand.platform.workflow.SlaState;

/** The clock on the office's calendar ({@link OfficeCalendar}). Dates are of Esfand 1404 and Farvardin 1405. */
class SlaClockTest {
    /** 21 March 2026: Nowruz, 1 Farvardin 1405, a Saturday. */
    private static final LocalDate NOWRUZ = LocalDate.of(2026, 3, 21);
    private static final SlaTarget FOUR_HOURS = new SlaTarget(Duration.ofHours(4), 75);

    private final WorkingCalendar office = new OfficeCalendar().working();
    private final WorkingCalendar withNowruz = new OfficeCalendar()
            .withHolidays(NOWRUZ, NOWRUZ.plusDays(1), NOWRUZ.plusDays(2), NOWRUZ.plusDays(3)).working();

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(OfficeCalendar.TEHRAN).toInstant();
    }

    @Test
    void aTicketRaisedLateOnWednesdayIsDueOnThursdayMorningAndTheWeekendDoesNotCount() {
        // Wednesday 11 March, 14:00: two hours that day, the other two on Thursday's short day
        Instant raised = at(3, 11, 14, 0);
        SlaReading reading = SlaClock.read(FOUR_HOURS, List.of(new ClockSpan(raised, null)), false, at(3, 11, 15, 0), office);
        assertThat(reading.dueAt()).isEqualTo(at(3, 12, 10, 0));
        assertThat(reading.warnAt()).isEqualTo(at(3, 12, 9, 0));
        assertThat(reading.state()).isEqualTo(SlaState.ON_TIME);
        assertThat(reading.used()).isEqualTo(Duration.ofHours(1));
        assertThat(reading.left()).isEqualTo(Duration.ofHours(3));

        // raised on Thursday at 11:00, one hour that day; Friday is off; due on Saturday at 11:00
        Instant thursday = at(3, 12, 11, 0);
        assertThat(SlaClock.read(FOUR_HOURS, List.of(new ClockSpan(thursday, null)), false, thursday, office).dueAt())
                .isEqualTo(at(3, 14, 11, 0));
    }

    @Test
    void nowruzHolidaysPushTheDueTimePastThem() {
        // Wednesday 18 March, 15:00 (27 Esfand)
        Instant raised = at(3, 18, 15, 0);
        SlaTarget twoDays = new SlaTarget(Duration.ofHours(16), 75);
        // 1h Wednesday, 4h Thursday 19 March, Friday off, 21-24 March Nowruz, then 8h Wednesday 25 March and 3h on Thursday 26 March
        assertThat(SlaClock.read(twoDays, List.of(new ClockSpan(raised, null)), false, raised, withNowruz).dueAt())
                .isEqualTo(at(3, 26, 11, 0));
        // without the holidays it falls on Sunday 22 March at 11:00
        assertThat(SlaClock.read(twoDays, List.of(new ClockSpan(raised, null)), false, raised, office).dueAt())
                .isEqualTo(at(3, 22, 11, 0));
    }

    @Test
    void waitingForTheCustomerMovesTheDueTimeByTheWorkingTimeItLasted() {
        // Saturday 7 March: raised at 09:00, waiting for the customer from 10:00 to 13:00, running again since
        List<ClockSpan> spans = List.of(new ClockSpan(at(3, 7, 9, 0), at(3, 7, 10, 0)), new ClockSpan(at(3, 7, 13, 0), null));
        SlaReading reading = SlaClock.read(FOUR_HOURS, spans, false, at(3, 7, 14, 0), office);
        assertThat(reading.dueAt()).isEqualTo(at(3, 7, 16, 0));
        assertThat(reading.used()).isEqualTo(Duration.ofHours(2));
        assertThat(reading.state()).isEqualTo(SlaState.ON_TIME);

        SlaReading waiting = SlaClock.read(FOUR_HOURS, spans.subList(0, 1), false, at(3, 9, 9, 0), office);
        assertThat(waiting.state()).isEqualTo(SlaState.PAUSED);
        assertThat(waiting.dueAt()).as("no due time while the clock waits").isNull();
        assertThat(waiting.left()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void theStateFollowsTheWarningShareAndTheDueTime() {
        List<ClockSpan> raised = List.of(new ClockSpan(at(3, 7, 8, 0), null));
        assertThat(SlaClock.read(FOUR_HOURS, raised, false, at(3, 7, 10, 59), office).state()).isEqualTo(SlaState.ON_TIME);
        assertThat(SlaClock.read(FOUR_HOURS, raised, false, at(3, 7, 11, 0), office).state()).isEqualTo(SlaState.WARNING);
        assertThat(SlaClock.read(FOUR_HOURS, raised, false, at(3, 7, 12, 0), office).state()).isEqualTo(SlaState.OVERDUE);
        SlaReading late = SlaClock.read(FOUR_HOURS, raised, false, at(3, 8, 9, 0), office);
        assertThat(late.used()).isEqualTo(Duration.ofHours(9));
        assertThat(late.left()).isZero();
    }

    @Test
    void aStoppedClockIsMetOrBreachedByTheWorkingTimeItCounted() {
        Instant raised = at(3, 7, 13, 0);
        SlaReading answered = SlaClock.read(FOUR_HOURS, List.of(new ClockSpan(raised, at(3, 8, 9, 0))), true, at(3, 20, 8, 0), office);
        assertThat(answered.state()).as("3h on Saturday and 1h on Sunday: just in time").isEqualTo(SlaState.MET);
        assertThat(answered.dueAt()).isEqualTo(at(3, 8, 9, 0));

        SlaReading late = SlaClock.read(FOUR_HOURS, List.of(new ClockSpan(raised, at(3, 8, 9, 1))), true, at(3, 20, 8, 0), office);
        assertThat(late.state()).isEqualTo(SlaState.BREACHED);

        // overdue before the customer was asked: waiting does not make it on time again
        SlaReading waitingLate = SlaClock.read(FOUR_HOURS, List.of(new ClockSpan(raised, at(3, 8, 12, 0))), false, at(3, 9, 8, 0), office);
        assertThat(waitingLate.state()).isEqualTo(SlaState.OVERDUE);
        assertThat(waitingLate.dueAt()).isEqualTo(at(3, 8, 9, 0));
    }

    @Test
    void aCalendarChangeMovesTheDueTimeOfAnOpenClockAtItsNextReading() {
        List<ClockSpan> raised = List.of(new ClockSpan(at(3, 18, 15, 0), null));
        SlaTarget oneDay = new SlaTarget(Duration.ofHours(8), 50);
        Instant before = SlaClock.read(oneDay, raised, false, at(3, 18, 15, 0), office).dueAt();
        Instant after = SlaClock.read(oneDay, raised, false, at(3, 18, 15, 0), withNowruz).dueAt();
        assertThat(before).isEqualTo(at(3, 21, 11, 0));
        assertThat(after).isEqualTo(at(3, 25, 11, 0));
    }

    @Test
    void malformedClocksAreRefused() {
        assertThatThrownBy(() -> new SlaTarget(Duration.ZERO, 75)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaTarget(Duration.ofHours(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClockSpan(at(3, 7, 9, 0), at(3, 7, 8, 0))).isInstanceOf(IllegalArgumentException.class);
        List<ClockSpan> twoRunning = List.of(new ClockSpan(at(3, 7, 9, 0), null), new ClockSpan(at(3, 7, 10, 0), null));
        assertThatThrownBy(() -> SlaClock.read(FOUR_HOURS, twoRunning, false, at(3, 7, 11, 0), office)).isInstanceOf(IllegalArgumentException.class);
        List<ClockSpan> running = List.of(new ClockSpan(at(3, 7, 9, 0), null));
        assertThatThrownBy(() -> SlaClock.read(FOUR_HOURS, running, true, at(3, 7, 11, 0), office)).isInstanceOf(IllegalArgumentException.class);
    }
}
