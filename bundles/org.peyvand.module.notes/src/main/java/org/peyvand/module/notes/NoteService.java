package org.peyvand.module.notes;

import java.io.InputStream;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;

/**
 * Notes on records of any type the kernel's lookups know. Reading needs {@code notes.note.read}
 * and a record the caller may see; an author changes and deletes their own notes, anyone else
 * needs {@code notes.note.update} or {@code .delete} and the note within their record scope.
 * Attachments are read by whoever may read their note and added by whoever may change it.
 */
@ProviderType
public interface NoteService {
    /** Notes are listed newest first, by when they were written. */
    String SORT_CREATED = "created";
    /** The longest text of a note. */
    int MAX_TEXT = 4000;

    /** The largest attachment accepted, as configured. */
    long maxAttachmentBytes();

    /** The record's notes the caller may see, newest first, keyset-paged. */
    Page<Note> notesOf(Caller caller, String recordType, Long recordId, PageRequest page);

    Note get(Caller caller, long id);

    Note create(Caller caller, NoteInput input);

    /** Changes text and pin; the record is the one the note was written on. */
    Note update(Caller caller, long id, NoteInput input, long expectedVersion);

    /** Deletes the note with its attachments. */
    void delete(Caller caller, long id);

    /**
     * Attaches a file, read at most up to the configured size.
     *
     * @throws org.peyvand.platform.core.error.PayloadTooLargeException above the configured size
     * @throws org.peyvand.platform.core.error.ValidationException on {@code name} or {@code attachments} (too many)
     */
    Attachment attach(Caller caller, long noteId, String name, InputStream content);

    Attachment attachment(Caller caller, long attachmentId);

    /** Writes the attachment's content to {@code out}, a chunk at a time. */
    void download(Caller caller, long attachmentId, OutputStream out);

    void detach(Caller caller, long attachmentId);
}
