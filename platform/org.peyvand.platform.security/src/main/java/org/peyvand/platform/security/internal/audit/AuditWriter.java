package org.peyvand.platform.security.internal.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.internal.jpa.AuditEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns audit lines into rows and back; the changes travel as a JSON array within the column's size. */
public final class AuditWriter {
    static final int MAX_CHANGES_CHARS = 16_000;
    static final int MAX_VALUE_CHARS = 500;
    static final int MAX_SUMMARY_CHARS = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<AuditEntry.Change>> CHANGES = new TypeReference<>() {
    };

    private final Clock clock;

    public AuditWriter(Clock clock) {
        this.clock = clock;
    }

    public void write(EntityManager em, String actor, String action, String objectType, String objectId, String summary,
            List<AuditEntry.Change> changes) {
        em.persist(new AuditEntity(clock.instant(), actor, action, objectType, objectId, clip(summary, MAX_SUMMARY_CHARS),
                encode(changes)));
    }

    static AuditEntry toEntry(AuditEntity row) {
        return new AuditEntry(row.id(), row.at(), row.actor(), row.action(), row.objectType(), row.objectId(), row.summary(),
                decode(row.changes()));
    }

    /** Long values are cut, and changes dropped from the end, so the line always fits its row. */
    static String encode(List<AuditEntry.Change> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        List<AuditEntry.Change> clipped = new ArrayList<>();
        for (AuditEntry.Change c : changes) {
            clipped.add(new AuditEntry.Change(c.field(), clip(c.oldValue(), MAX_VALUE_CHARS), clip(c.newValue(), MAX_VALUE_CHARS)));
        }
        try {
            String json = JSON.writeValueAsString(clipped);
            while (json.length() > MAX_CHANGES_CHARS) {
                clipped.remove(clipped.size() - 1);
                json = JSON.writeValueAsString(clipped);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<AuditEntry.Change> decode(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
