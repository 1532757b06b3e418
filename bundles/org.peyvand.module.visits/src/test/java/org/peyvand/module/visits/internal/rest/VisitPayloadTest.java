package org.peyvand.module.visits.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;

class VisitPayloadTest {

    private static LocalDate date(String text) {
        return new VisitPayload(text, 1L, null, "x", null, null, null).toInput().visitDate();
    }

    @Test
    void takesJalaliInAnyDigitsAndIsoDates() {
        assertThat(date("1404/01/01")).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(date("۱۴۰۳/۱۲/۳۰")).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(date("1403-12-30")).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(date("2025-03-21")).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(date(" ")).isNull();
    }

    @Test
    void refusesWhatIsNotADateNamingTheField() {
        for (String text : new String[] {"1404/13/01", "1404/12/30", "yesterday", "2025-02-30"}) {
            assertThatThrownBy(() -> date(text)).as(text).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::messageKey)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("visitDate", "core.error.invalidDate")));
        }
    }
}
