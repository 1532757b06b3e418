package org.peyvand.platform.workflow;

import java.time.Instant;

/**
 * A job that failed every attempt, or whose executor no module offers: it waits until retried.
 *
 * @param jobType  {@code timer}, {@code service} or {@code start-timer}
 * @param message  why it failed
 */
public record Incident(long id, Long instanceId, String processKey, String elementId, String jobType, String message, int attempts,
        Instant at) {
}
