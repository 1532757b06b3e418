package org.peyvand.platform.security;

import java.time.Instant;

/** Filters of an audit search; {@code null} matches anything. */
public record AuditQuery(String actor, String action, String objectType, String objectId, Instant from, Instant to) {

    public static AuditQuery ofObject(String objectType, String objectId) {
        return new AuditQuery(null, null, objectType, objectId, null, null);
    }
}
