package org.peyvand.module.notes;

/**
 * A new note, or the change of one (its record stays as created).
 *
 * @param recordType the record's type as lookups name it, such as {@code accounts.account}
 */
public record NoteInput(String recordType, Long recordId, String text, boolean pinned) {
}
