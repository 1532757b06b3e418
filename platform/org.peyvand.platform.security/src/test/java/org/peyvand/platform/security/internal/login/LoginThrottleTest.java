package org.peyvand.platform.security.internal.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theFirstFailuresDoNotBlock() {
        for (int failures = 1; failures < LoginThrottle.FREE_FAILURES; failures++) {
            assertThat(LoginThrottle.blockedUntil(failures, now)).isNull();
        }
    }

    @Test
    void eachFurtherFailureDoublesTheBlockUpToAnHour() {
        assertThat(LoginThrottle.blockedUntil(5, now)).isEqualTo(now.plusSeconds(30));
        assertThat(LoginThrottle.blockedUntil(6, now)).isEqualTo(now.plusSeconds(60));
        assertThat(LoginThrottle.blockedUntil(7, now)).isEqualTo(now.plusSeconds(120));
        assertThat(LoginThrottle.blockedUntil(12, now)).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(LoginThrottle.blockedUntil(500, now)).isEqualTo(now.plus(Duration.ofHours(1)));
    }
}
