package org.peyvand.module.visits.internal.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.peyvand.module.visits.VisitService;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.timeline.TimelinePosition;

class VisitsTimelineTest {
    private static final LocalDate NOWRUZ = LocalDate.of(2026, 3, 21);

    @Test
    void aVisitStandsAtTheStartOfItsDayInTehran() {
        assertThat(VisitsTimeline.startOf(NOWRUZ)).hasToString("2026-03-20T20:30:00Z");
    }

    @Test
    void atTheStartOfADayOnlyTheVisitsBelowThePositionsIdBoundFollow() {
        TimelinePosition visit = new TimelinePosition(VisitsTimeline.startOf(NOWRUZ), VisitsTimeline.KIND, 7);

        assertThat(cursor(visit)).isEqualTo(new KeysetCursor(VisitService.SORT_DATE, "2026-03-21", 7));
        // kinds descend too: at one instant a later kind's entries come first, an earlier kind's after
        assertThat(cursor(new TimelinePosition(visit.time(), "accounts.change", 3)).id()).isEqualTo(Long.MIN_VALUE);
        assertThat(cursor(new TimelinePosition(visit.time(), "zzz.other", 3)).id()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void laterInTheDayTheWholeDayFollows() {
        TimelinePosition noon = new TimelinePosition(VisitsTimeline.startOf(NOWRUZ).plusSeconds(12 * 3600), "accounts.change", 3);

        assertThat(cursor(noon)).isEqualTo(new KeysetCursor(VisitService.SORT_DATE, "2026-03-21", Long.MAX_VALUE));
    }

    private static KeysetCursor cursor(TimelinePosition position) {
        return KeysetCursor.decode(VisitsTimeline.cursorBefore(position), VisitService.SORT_DATE);
    }
}
