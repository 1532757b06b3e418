package org.peyvand.module.notes;

import java.time.Instant;

/** A file attached to a note: its name as uploaded, its content type as read from its first bytes, its size and SHA-256. */
public record Attachment(long id, long noteId, String name, String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
