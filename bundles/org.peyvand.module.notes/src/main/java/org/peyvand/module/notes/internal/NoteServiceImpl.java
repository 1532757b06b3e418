package org.peyvand.module.notes.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.peyvand.module.notes.Attachment;
import org.peyvand.module.notes.Note;
import org.peyvand.module.notes.NoteInput;
import org.peyvand.module.notes.NoteService;
import org.peyvand.module.notes.internal.jpa.AttachmentChunks;
import org.peyvand.module.notes.internal.jpa.AttachmentEntity;
import org.peyvand.module.notes.internal.jpa.NoteEntity;
import org.peyvand.module.notes.internal.jpa.NoteRepository;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.PayloadTooLargeException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.event.RecordEvents;
import org.peyvand.platform.core.file.ContentTypes;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.platform.form.RecordLinkProvider;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;

/**
 * Notes and their attachments; see {@link NoteService} for who may do what. A deleted record of any
 * type takes its notes along: the user who deleted it was shown their count first.
 */
@Component(service = { NoteService.class, EventHandler.class, RecordLinkProvider.class }, property = {
        EventConstants.EVENT_TOPIC + "=crm/record/*", EventConstants.EVENT_FILTER + "=(event.topics=*/deleted)" })
@Designate(ocd = NotesConfig.class)
public class NoteServiceImpl implements NoteService, EventHandler, RecordLinkProvider {
    /** Who removes the notes of a deleted record when its event names nobody. */
    static final String SYSTEM = "system";
    static final String LINKS = "notes.links.notes";

    static final String ATTACHED = "attached";
    static final String DETACHED = "detached";
    /** The longest name of an attached file. */
    static final int MAX_NAME = 255;

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Records records;
    private final RecordEvents events;
    private final Clock clock;
    private final long maxBytes;
    private final int maxAttachments;

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public NoteServiceImpl(@Reference(target = "(osgi.unit.name=crm.notes)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.notes)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference RecordAccess access, @Reference AuditTrail audit, @Reference RecordLookups lookups, @Reference EventAdmin events,
            NotesConfig config) {
        this(new Transactions(jpa), guard, access, audit, lookups, new RecordEvents(events), Clock.systemUTC(), config.maxAttachmentBytes(),
                config.maxAttachments());
    }

    NoteServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, RecordLookups lookups, RecordEvents events,
            Clock clock, long maxBytes, int maxAttachments) {
        this.tx = tx;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.records = new Records(lookups);
        this.events = events;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxAttachments = maxAttachments;
    }

    @Override
    public long maxAttachmentBytes() {
        return maxBytes;
    }

    @Override
    public Page<Note> notesOf(Caller caller, String recordType, Long recordId, PageRequest page) {
        guard.require(caller, Permissions.READ);
        String type = records.type(recordType, "recordType");
        if (recordId == null) {
            throw ValidationException.of("recordId", "core.error.required");
        }
        if (page.sort() != null && !SORT_CREATED.equals(page.sort())) {
            throw ValidationException.of("sort", "notes.error.sort");
        }
        String name = records.name(caller, type, recordId);
        if (name == null) {
            throw new NotFoundException("notes.error.recordNotFound", recordId);
        }
        KeysetCursor after = page.cursor() == null ? null : KeysetCursor.decode(page.cursor(), SORT_CREATED);
        Instant afterTime = after == null ? null : parseTime(after.sortValue());
        RecordScope scope = access.scope(caller, Permissions.NOTE);
        record Read(List<NoteEntity> rows, Map<Long, List<AttachmentEntity>> attachments) {
        }
        Read read = tx.read(em -> {
            NoteRepository repository = new NoteRepository(em);
            List<NoteEntity> rows = repository.page(scope, type, recordId, afterTime, after == null ? 0 : after.id(), page.limit() + 1);
            List<NoteEntity> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
            return new Read(rows, repository.attachmentsOf(shown.stream().map(NoteEntity::id).toList()));
        });
        boolean more = read.rows().size() > page.limit();
        List<NoteEntity> shown = more ? read.rows().subList(0, page.limit()) : read.rows();
        List<Note> items = shown.stream().map(row -> toNote(caller, row, name, read.attachments().getOrDefault(row.id(), List.of()))).toList();
        NoteEntity last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        String next = more ? new KeysetCursor(SORT_CREATED, last.createdAt().toString(), last.id()).encode() : null;
        return new Page<>(items, next);
    }

    @Override
    public Note get(Caller caller, long id) {
        guard.require(caller, Permissions.READ);
        return tx.read(em -> {
            Visible note = visible(em, caller, id);
            return toNote(caller, note.row(), note.recordName(), new NoteRepository(em).attachmentsOf(List.of(id)).getOrDefault(id, List.of()));
        });
    }

    @Override
    public Note create(Caller caller, NoteInput input) {
        guard.require(caller, Permissions.CREATE);
        record Valid(String type, long recordId, String name, String text, boolean pinned) {
        }
        Note created = tx.write(em -> {
            Validator validator = new Validator();
            String text = text(input == null ? null : input.text(), validator);
            validator.check(input != null && input.recordId() != null, "recordId", "core.error.required").throwIfInvalid();
            String type = records.type(input.recordType(), "recordType");
            String name = records.name(caller, type, input.recordId());
            if (name == null) {
                throw ValidationException.of("recordId", "notes.error.recordNotFound", input.recordId());
            }
            return new Valid(type, input.recordId(), name, text, input.pinned());
        }, (em, valid) -> {
            NoteEntity row = new NoteRepository(em).insert(new NoteEntity(valid.type(), valid.recordId(), valid.text(), valid.pinned(),
                    caller.username(), caller.unitId(), now()));
            em.flush();
            audit.record(caller.username(), AuditTrail.CREATED, Permissions.NOTE, String.valueOf(row.id()), summary(row),
                    AuditChanges.between(Map.of(), snapshot(row)));
            return toNote(caller, row, valid.name(), List.of());
        });
        events.created(Permissions.NOTE, created.id(), caller.username());
        return created;
    }

    @Override
    public Note update(Caller caller, long id, NoteInput input, long expectedVersion) {
        guard.require(caller, Permissions.READ);
        record Change(Visible note, Map<String, Object> before, String text, boolean pinned) {
        }
        Note changed = tx.write(em -> {
            Visible note = visible(em, caller, id);
            requireOwnOr(caller, note.row(), Permissions.UPDATE);
            if (note.row().version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            Validator validator = new Validator();
            String text = text(input == null ? null : input.text(), validator);
            validator.throwIfInvalid();
            return new Change(note, snapshot(note.row()), text, input.pinned());
        }, (em, change) -> {
            NoteEntity row = change.note().row();
            row.change(change.text(), change.pinned(), now());
            em.flush();
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.NOTE, String.valueOf(id), summary(row),
                    AuditChanges.between(change.before(), snapshot(row)));
            return toNote(caller, row, change.note().recordName(), new NoteRepository(em).attachmentsOf(List.of(id)).getOrDefault(id, List.of()));
        });
        events.updated(Permissions.NOTE, id, caller.username());
        return changed;
    }

    @Override
    public void delete(Caller caller, long id) {
        guard.require(caller, Permissions.READ);
        tx.write(em -> {
            Visible note = visible(em, caller, id);
            requireOwnOr(caller, note.row(), Permissions.DELETE);
            return note.row();
        }, (em, row) -> {
            Map<String, Object> before = snapshot(row);
            String summary = summary(row);
            new NoteRepository(em).delete(row);
            audit.record(caller.username(), AuditTrail.DELETED, Permissions.NOTE, String.valueOf(id), summary, AuditChanges.between(before, Map.of()));
            return null;
        });
        events.deleted(Permissions.NOTE, id, caller.username());
    }

    @Override
    public Attachment attach(Caller caller, long noteId, String name, InputStream content) {
        guard.require(caller, Permissions.READ);
        Validator validator = new Validator();
        validator.required(name, "name").maxLength(name == null ? null : name.strip(), MAX_NAME, "name").throwIfInvalid();
        // checked before the upload is read, so a refused one costs nothing
        tx.read(em -> {
            checkAttachable(em, caller, noteId);
            return null;
        });
        byte[] bytes = bounded(content);
        String fileName = name.strip();
        Attachment attached = tx.write(em -> {
            checkAttachable(em, caller, noteId);
            return noteId;
        }, (em, id) -> {
            AttachmentEntity row = new NoteRepository(em).insert(new AttachmentEntity(id, fileName,
                    ContentTypes.of(fileName, Arrays.copyOf(bytes, Math.min(bytes.length, 16))), bytes.length, sha256(bytes), caller.username(),
                    now()));
            em.flush();
            new AttachmentChunks(em).write(row.id(), bytes);
            Attachment stored = row.toRecord();
            audit.record(caller.username(), ATTACHED, Permissions.NOTE, String.valueOf(id), stored.name(),
                    AuditChanges.between(Map.of(), Map.of("attachment", stored.name(), "size", stored.size())));
            return stored;
        });
        events.created(Permissions.ATTACHMENT, attached.id(), caller.username());
        return attached;
    }

    @Override
    public Attachment attachment(Caller caller, long attachmentId) {
        guard.require(caller, Permissions.READ);
        return tx.read(em -> readable(em, caller, attachmentId).toRecord());
    }

    @Override
    public void download(Caller caller, long attachmentId, OutputStream out) {
        guard.require(caller, Permissions.READ);
        tx.read(em -> {
            readable(em, caller, attachmentId);
            AttachmentChunks chunks = new AttachmentChunks(em);
            int seq = 0;
            while (seq >= 0) {
                seq = chunks.copy(attachmentId, seq, out);
            }
            return null;
        });
    }

    @Override
    public void detach(Caller caller, long attachmentId) {
        guard.require(caller, Permissions.READ);
        tx.write(em -> {
            AttachmentEntity row = readable(em, caller, attachmentId);
            requireOwnOr(caller, visible(em, caller, row.noteId()).row(), Permissions.UPDATE);
            return row;
        }, (em, row) -> {
            Attachment before = row.toRecord();
            new NoteRepository(em).deleteAttachment(row);
            audit.record(caller.username(), DETACHED, Permissions.NOTE, String.valueOf(before.noteId()), before.name(),
                    AuditChanges.between(Map.of("attachment", before.name(), "size", before.size()), Map.of()));
            return null;
        });
        events.deleted(Permissions.ATTACHMENT, attachmentId, caller.username());
    }

    /** A note with the name of its record: both visible to the caller. */
    private record Visible(NoteEntity row, String recordName) {
    }

    /**
     * A note outside the caller's scope, or on a record they may not see, answers as missing: its
     * existence is not disclosed. Its author always sees it while they see its record.
     */
    private Visible visible(EntityManager em, Caller caller, long id) {
        RecordScope scope = access.scope(caller, Permissions.NOTE);
        NoteEntity row = new NoteRepository(em).find(id)
                .filter(note -> note.author().equals(caller.username()) || scope.allows(note.author(), note.authorUnitId()))
                .orElseThrow(() -> new NotFoundException("notes.error.notFound", id));
        String name = records.name(caller, row.recordType(), row.recordId());
        if (name == null) {
            throw new NotFoundException("notes.error.notFound", id);
        }
        return new Visible(row, name);
    }

    private AttachmentEntity readable(EntityManager em, Caller caller, long attachmentId) {
        AttachmentEntity row = new NoteRepository(em).attachment(attachmentId)
                .orElseThrow(() -> new NotFoundException("notes.error.attachmentNotFound", attachmentId));
        try {
            visible(em, caller, row.noteId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("notes.error.attachmentNotFound", attachmentId);
        }
        return row;
    }

    private void checkAttachable(EntityManager em, Caller caller, long noteId) {
        requireOwnOr(caller, visible(em, caller, noteId).row(), Permissions.UPDATE);
        if (new NoteRepository(em).attachmentCount(noteId) >= maxAttachments) {
            throw ValidationException.of("attachments", "notes.error.tooManyAttachments", maxAttachments);
        }
    }

    /** Its author may; anyone else needs the permission (the note being within their scope already). */
    private void requireOwnOr(Caller caller, NoteEntity note, String permission) {
        if (!note.author().equals(caller.username()) && !guard.allows(caller, permission)) {
            throw new AccessDeniedException(permission);
        }
    }

    private boolean editable(Caller caller, NoteEntity note) {
        return note.author().equals(caller.username()) || guard.allows(caller, Permissions.UPDATE);
    }

    /** Reads the upload up to the limit, refusing it as soon as it passes. */
    private byte[] bounded(InputStream content) {
        if (content == null) {
            throw ValidationException.of("file", "core.error.required");
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[AttachmentChunks.CHUNK];
        try (InputStream in = content) {
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                if (buffer.size() + (long) read > maxBytes) {
                    throw new PayloadTooLargeException(maxBytes);
                }
                buffer.write(chunk, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static String text(String text, Validator validator) {
        String stripped = text == null ? null : text.strip();
        validator.required(stripped, "text").maxLength(stripped, MAX_TEXT, "text");
        return stripped;
    }

    private Note toNote(Caller caller, NoteEntity row, String recordName, List<AttachmentEntity> attachments) {
        return new Note(row.id(), row.recordType(), row.recordId(), recordName, row.text(), row.pinned(), row.author(), row.authorUnitId(),
                row.createdAt(), row.updatedAt(), row.version(), editable(caller, row), attachments.stream().map(AttachmentEntity::toRecord).toList());
    }

    @Override
    public List<RecordLinkCount> linksTo(String type, long id) {
        return List.of(new RecordLinkCount(LINKS, tx.read(em -> new NoteRepository(em).countOf(type, id))));
    }

    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(CrmEvents.PROPERTY_TYPE) instanceof String type && event.getProperty(CrmEvents.PROPERTY_ID) instanceof Number id) {
            Object user = event.getProperty(CrmEvents.PROPERTY_USER);
            removeNotesOf(type, id.longValue(), user == null ? SYSTEM : String.valueOf(user));
        }
    }

    /** @return the ids of the notes removed, each with an audit line */
    List<Long> removeNotesOf(String recordType, long recordId, String username) {
        List<Long> removed = tx.write(em -> new NoteRepository(em).allOf(recordType, recordId), (em, rows) -> {
            List<Long> ids = new ArrayList<>();
            for (NoteEntity row : rows) {
                Map<String, Object> before = snapshot(row);
                new NoteRepository(em).delete(row);
                audit.record(username, AuditTrail.DELETED, Permissions.NOTE, String.valueOf(row.id()), summary(row),
                        AuditChanges.between(before, Map.of()));
                ids.add(row.id());
            }
            return ids;
        });
        removed.forEach(id -> events.deleted(Permissions.NOTE, id, username));
        return removed;
    }

    /** {@code accounts.account:12}: what the audit trail's list shows of a note. */
    private static String summary(NoteEntity row) {
        return row.recordType() + ":" + row.recordId();
    }

    private static Map<String, Object> snapshot(NoteEntity row) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("record", summary(row));
        values.put("text", row.text());
        values.put("pinned", row.pinned());
        return values;
    }

    private static Instant parseTime(String value) {
        try {
            return Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationException.of("cursor", "core.error.cursor");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Milliseconds, as the database keeps them, so what is returned equals what is read later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
