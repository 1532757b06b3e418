package org.peyvand.platform.workflow;

import java.time.Instant;

/**
 * Where an item goes: a person or, when {@code toUser} is null, an org unit whose members may claim it.
 *
 * @param dueAt when the receiver must act by; null keeps the item's due date
 */
public record Referral(String toUser, Long toUnit, String comment, Instant dueAt) {
}
