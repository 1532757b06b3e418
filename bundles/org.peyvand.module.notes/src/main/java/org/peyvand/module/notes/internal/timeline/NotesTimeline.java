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

    @Override
    public List<TimelineKind> kinds(Caller caller, TimelineSubject subject) {
        return applies(caller, subject) ? List.of(new TimelineKind(KIND, i18n.messages(caller.locale()).get("notes.menu.notes"))) : List.of();
    }

    @Override
    public List<TimelineEntry> entries(Caller caller, TimelineQuery query) {
        OptionalLong record = query.subject().numericId();
        if (!applies(caller, query.subject()) || !query.wants(KIND) || record.isEmpty()) {
            return List.of();
        }
        Messages messages = i18n.messages(caller.locale());
        String cursor = query.before() == null ? null : cursorBefore(query.before());
        try {
            return notes.notesOf(caller, query.subject().type(), record.getAsLong(), new PageRequest(cursor, Math.min(query.limit(),
                    PageRequest.MAX_LIMIT), NoteService.SORT_CREATED, true)).items().stream().map(note -> entry(note, messages)).toList();
        } catch (CrmException nothingHere) {
            // a type notes cannot be written on, or a record the caller may not see: nothing to add
            return List.of();
        }
    }

    private boolean applies(Caller caller, TimelineSubject subject) {
        return subject.numericId().isPresent() && guard.allows(caller, Permissions.READ);
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
