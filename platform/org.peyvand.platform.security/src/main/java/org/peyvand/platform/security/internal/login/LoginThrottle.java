package org.peyvand.platform.security.internal.login;

import java.time.Duration;
import java.time.Instant;

/**
 * The growing back-off after failed logins: the first {@link #FREE_FAILURES} cost nothing, then each
 * further failure blocks the account for twice as long as the one before, up to an hour.
 */
public final class LoginThrottle {
    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_BLOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_BLOCK = Duration.ofHours(1);

    private LoginThrottle() {
    }

    /** Until when the account is blocked after its {@code failures}-th consecutive failure; {@code null} if not. */
    public static Instant blockedUntil(int failures, Instant now) {
        if (failures < FREE_FAILURES) {
            return null;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
        return now.plus(block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block);
    }
}
