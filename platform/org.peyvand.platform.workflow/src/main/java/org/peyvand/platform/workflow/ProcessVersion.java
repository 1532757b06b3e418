package org.peyvand.platform.workflow;

import java.time.Instant;

/** One deployed version of a process, and how many of its instances still run. */
public record ProcessVersion(int version, String deployedBy, Instant deployedAt, String comment, long running) {
}
