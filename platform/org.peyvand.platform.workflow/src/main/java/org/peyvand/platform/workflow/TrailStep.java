package org.peyvand.platform.workflow;

import java.time.Instant;

/**
 * One hop of an item across people and units.
 *
 * @param action {@code created}, {@code claimed}, {@code referred}, {@code forwarded}, {@code returned},
 *               {@code completed}, {@code cancelled}, {@code escalated}, {@code paused}, {@code resumed}
 * @param toUnit the unit it went to, when it went to a unit
 */
public record TrailStep(long id, long itemId, String action, String actor, String toUser, Long toUnit, String comment, Instant at) {
}
