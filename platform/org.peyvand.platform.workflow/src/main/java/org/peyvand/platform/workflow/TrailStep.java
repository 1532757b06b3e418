package org.peyvand.platform.workflow;

import java.time.Instant;
import java.util.List;

/**
 * One hop of an item across people and units.
 *
 * @param action one of {@link #ACTIONS}
 * @param toUnit the unit it went to, when it went to a unit
 */
public record TrailStep(long id, long itemId, String action, String actor, String toUser, Long toUnit, String comment, Instant at) {
    /** What can happen to an item; {@code answered} is a referral's receiver completing it back to the referrer. */
    public static final List<String> ACTIONS = List.of("created", "claimed", "referred", "forwarded", "returned", "answered", "completed",
            "cancelled", "escalated", "paused", "resumed");
}
