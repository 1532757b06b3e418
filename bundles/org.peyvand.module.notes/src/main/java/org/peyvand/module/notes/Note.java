package org.peyvand.module.notes;

import java.time.Instant;
import java.util.List;

/**
 * A note on one record of any type, with its attachments.
 *
 * @param recordName the record's name as the caller may see it; {@code null} when its module is away
 * @param editable   whether the caller may change or delete it (its author, or whoever holds the permission)
 */
public record Note(long id, String recordType, long recordId, String recordName, String text, boolean pinned, String author,
        long authorUnitId, Instant createdAt, Instant updatedAt, long version, boolean editable, List<Attachment> attachments) {

    public Note {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
