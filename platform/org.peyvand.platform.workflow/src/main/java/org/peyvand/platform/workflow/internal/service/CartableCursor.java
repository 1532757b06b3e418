package org.peyvand.platform.workflow.internal.service;

import java.time.Instant;

import org.peyvand.platform.core.error.ValidationException;

/** Where a cartable page ended: the last item's due date and id. */
record CartableCursor(Instant sortDue, long id) {

    String text() {
        return sortDue.toEpochMilli() + ":" + id;
    }

    static CartableCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(":");
        try {
            return new CartableCursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw ValidationException.of("cursor", "core.error.cursor");
        }
    }
}
