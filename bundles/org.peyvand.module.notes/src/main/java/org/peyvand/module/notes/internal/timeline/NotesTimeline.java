package org.peyvand.module.notes.internal.timeline;

import java.util.List;
import java.util.OptionalLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.notes.Note;
import org.peyvand.module.notes.NoteService;
import org.peyvand.module.notes.internal.Permissions;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.timeline.TimelineEntry;
import org.peyvand.platform.timeline.TimelineKind;
import org.peyvand.platform.timeline.TimelineLink;
import org.peyvand.platform.timeline.TimelinePosition;
import org.peyvand.platform.timeline.TimelineProvider;
import org.peyvand.platform.timeline.TimelineQuery;
import org.peyvand.platform.timeline.TimelineSubject;

/**
 * Puts the notes written on a record on its timeline, read through the note service (its
 * permission, the caller's scope and the record-and-time index), newest first like the timeline.
 */
@Component(service = TimelineProvider.class)
public class NotesTimeline implements TimelineProvider {
    static final String KIND = Permissions.NOTE;
    /** A timeline line shows the start of a note; the note itself is on the record's notes tab. */
    static final int TITLE_LENGTH = 80;

    private final NoteService notes;
    private final AccessGuard guard;
    private final I18nService i18n;

    @Activate
    public NotesTimeline(@Reference NoteService notes, @Reference AccessGuard guard, @Reference I18nService i18n) {
        this.notes = notes;
        this.guard = guard;
        this.i18n = i18n;
    }

    /** Notes are a kind of the timeline of the records that have some, so a filter never offers an empty kind. */
    @Override
    public List<TimelineKind> kinds(Caller caller, TimelineSubject subject) {
        return read(caller, subject, null, 1).isEmpty() ? List.of()
                : List.of(new TimelineKind(KIND, i18n.messages(caller.locale()).get("notes.menu.notes")));
    }

    @Override
    public List<TimelineEntry> entries(Caller caller, TimelineQuery query) {
        if (!query.wants(KIND)) {
            return List.of();
        }
        Messages messages = i18n.messages(caller.locale());
        String cursor = query.before() == null ? null : cursorBefore(query.before());
        return read(caller, query.subject(), cursor, Math.min(query.limit(), PageRequest.MAX_LIMIT)).stream().map(note -> entry(note, messages))
                .toList();
    }

    private List<Note> read(Caller caller, TimelineSubject subject, String cursor, int limit) {
        OptionalLong record = subject.numericId();
        if (record.isEmpty() || !guard.allows(caller, Permissions.READ)) {
            return List.of();
        }
        try {
            return notes.notesOf(caller, subject.type(), record.getAsLong(), new PageRequest(cursor, limit, NoteService.SORT_CREATED, true)).items();
        } catch (CrmException nothingHere) {
            // a type notes cannot be written on, or a record the caller may not see: nothing to add
            return List.of();
        }
    }

    /** The notes list's cursor for the notes after a timeline position: older, or as old with a lower id. */
    static String cursorBefore(TimelinePosition before) {
        return new KeysetCursor(NoteService.SORT_CREATED, before.time().toString(), before.idBound(KIND)).encode();
    }

    private static TimelineEntry entry(Note note, Messages messages) {
        String start = note.text().length() > TITLE_LENGTH ? note.text().substring(0, TITLE_LENGTH) + "…" : note.text();
        String summary = note.attachments().isEmpty() ? null : messages.get("notes.timeline.attachments", note.attachments().size());
        return new TimelineEntry(note.createdAt(), KIND, note.id(), "notes", messages.get("notes.timeline.title", start), summary, note.author(),
                false, new TimelineLink(note.recordType(), String.valueOf(note.recordId())));
    }
}
