package org.peyvand.ui.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TehranTest {

    @Test
    void aDayRunsFromMidnightToMidnightInTehran() {
        LocalDate nowruz = LocalDate.of(2025, 3, 21);
        assertThat(Tehran.startOf(nowruz)).isEqualTo(Instant.parse("2025-03-20T20:30:00Z"));
        assertThat(Tehran.endOf(nowruz)).isEqualTo(Instant.parse("2025-03-21T20:29:59.999Z"));
    }
}
