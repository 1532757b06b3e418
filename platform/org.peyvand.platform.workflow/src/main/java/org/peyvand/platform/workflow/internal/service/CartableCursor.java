package org.peyvand.platform.workflow.internal.service;

import java.time.Instant;

import org.peyvand.platform.core.error.ValidationException;

/**
 * Where a cartable page ended: the last item's due date and id. The due date keeps its full
 * precision (seconds and nanoseconds): due dates come from the clock with sub-millisecond parts,
 * and a cursor rounded to the millisecond would serve its own page's last items again.
 */
record CartableCursor(Instant sortDue, long id) {

    String text() {
        return sortDue.getEpochSecond() + ":" + sortDue.getNano() + ":" + id;
    }

    static CartableCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(":");
        try {
            if (parts.length != 3) {
                throw new IllegalArgumentException(text);
            }
            return new CartableCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw ValidationException.of("cursor", "core.error.cursor");
        }
    }
}
