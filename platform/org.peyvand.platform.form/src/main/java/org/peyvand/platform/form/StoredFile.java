package org.peyvand.platform.form;

import java.time.Instant;

/**
 * An uploaded file: its name as uploaded, its content type as read from its first bytes (never as
 * the client claims), its size and SHA-256.
 */
public record StoredFile(long id, String name, String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
