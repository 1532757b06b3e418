package org.peyvand.module.activities.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;

class MomentsTest {

    @Test
    void readsJalaliAndIsoDaysAndTimesInTehranInAnyDigits() {
        assertThat(Moments.instant("۱۴۰۴/۰۱/۱۵ ۰۹:۳۰", "dueAt")).isEqualTo(Instant.parse("2025-04-04T06:00:00Z"));
        assertThat(Moments.instant("2025-04-04T09:30", "dueAt")).isEqualTo(Instant.parse("2025-04-04T06:00:00Z"));
        assertThat(Moments.instant("1404-01-15", "dueAt")).isEqualTo(Instant.parse("2025-04-03T20:30:00Z"));
        assertThat(Moments.instant("2025-04-04T06:00:00Z", "dueAt")).isEqualTo(Instant.parse("2025-04-04T06:00:00Z"));
        assertThat(Moments.instant(" ", "dueAt")).isNull();
        assertThat(Moments.date("1403/12/30", "until")).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void refusesWhatIsNotADayNamingTheField() {
        assertThatThrownBy(() -> Moments.instant("1404/12/30 10:00", "dueAt")).as("Esfand 1404 has 29 days")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("dueAt"));
        assertThatThrownBy(() -> Moments.instant("tomorrow", "from")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("from"));
        assertThatThrownBy(() -> Moments.date("1404/01/15 09:30", "until")).isInstanceOf(ValidationException.class);
    }
}
