package org.peyvand.ui.admin.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class ShiftTimesTest {

    @Test
    void timesAreReadInEitherDigitsWithOrWithoutALeadingZero() {
        assertThat(ShiftTimes.parse("08:00")).contains(LocalTime.of(8, 0));
        assertThat(ShiftTimes.parse(" 8:30 ")).contains(LocalTime.of(8, 30));
        assertThat(ShiftTimes.parse("۱۶:۰۰")).contains(LocalTime.of(16, 0));
        assertThat(ShiftTimes.parse("23:59")).contains(LocalTime.of(23, 59));
    }

    @Test
    void textThatIsNoTimeIsNone() {
        assertThat(ShiftTimes.parse("")).isEmpty();
        assertThat(ShiftTimes.parse(null)).isEmpty();
        assertThat(ShiftTimes.parse("24:00")).isEmpty();
        assertThat(ShiftTimes.parse("8:75")).isEmpty();
        assertThat(ShiftTimes.parse("eight")).isEmpty();
    }
}
