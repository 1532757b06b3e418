package org.peyvand.module.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.service.event.Event;
import org.peyvand.module.notes.Attachment;
import org.peyvand.module.notes.Note;
import org.peyvand.module.notes.NoteInput;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.PayloadTooLargeException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.testing.Announcements;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.form.KnownRecords;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/** Notes and attachments on their migrated tables (in-memory Derby, the module's own changelog and persistence unit). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoteServiceTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("manager"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(I18nService.ENGLISH));
    private static final Caller NIMA = new Caller("nima", 9, Set.of("staff"), DisplayPreferences.defaults(I18nService.ENGLISH));
    private static final String ACCOUNT = "accounts.account";
    private static final String CONTACT = "accounts.contact";
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
    private static final long MAX_BYTES = 64_000;
    private static final int MAX_ATTACHMENTS = 2;

    private final TestAccess access = new TestAccess().scope(REZA, Permissions.NOTE, RecordScope.Level.OWN, Set.of());
    private final RecordingAudit audit = new RecordingAudit();
    private final Announcements announcements = new Announcements();
    private final KnownRecords lookups = new KnownRecords(Map.of(
            ACCOUNT, Map.of("101", "هلدینگ پارس", "102", "پالایشگاه", "103", "انبار", "104", "رقیب"),
            CONTACT, Map.of("201", "مینا")));
    private TestDatabase db;
    private NoteServiceImpl notes;

    @BeforeAll
    void open() {
        db = new TestDatabase("crm.notes");
        notes = service(new TestGuard());
    }

    @AfterAll
    void close() {
        db.close();
    }

    private NoteServiceImpl service(TestGuard guard) {
        return new NoteServiceImpl(db.transactions(), guard, access, audit, lookups, announcements.events(), new TickingClock(), MAX_BYTES,
                MAX_ATTACHMENTS);
    }

    private Note note(Caller caller, long account, String text) {
        return notes.create(caller, new NoteInput(ACCOUNT, account, text, false));
    }

    @Test
    void aRecordsNotesComeNewestFirstAPageAtATime() {
        Note first = note(SARA, 101, "  تماس اول  ");
        Note second = note(SARA, 101, "تماس دوم");
        Note third = notes.create(SARA, new NoteInput(ACCOUNT, 101L, "جلسه", true));
        note(SARA, 102, "یادداشت حساب دیگر");
        assertThat(first.text()).isEqualTo("تماس اول");
        assertThat(first.author()).isEqualTo("sara");
        assertThat(first.recordName()).isEqualTo("هلدینگ پارس");
        assertThat(third.pinned()).isTrue();

        Page<Note> page = notes.notesOf(SARA, ACCOUNT, 101L, PageRequest.first(2, null, true));
        assertThat(page.items()).extracting(Note::id).containsExactly(third.id(), second.id());
        Page<Note> rest = notes.notesOf(SARA, ACCOUNT, 101L, PageRequest.first(2, null, true).next(page.nextCursor()));
        assertThat(rest.items()).extracting(Note::id).containsExactly(first.id());
        assertThat(rest.hasNext()).isFalse();
        assertThat(announcements.posted()).anyMatch(e -> e.getTopic().equals("crm/record/notes_note/created"));
        assertThat(audit.lines()).anyMatch(line -> line.action().equals("created") && line.objectId().equals(String.valueOf(first.id())));
    }

    @Test
    void aDeletedRecordTakesItsNotesAndTheirAttachmentsAlong() {
        Note first = note(SARA, 104, "رقیب تازه");
        Note second = note(REZA, 104, "قیمت رقیب");
        notes.attach(SARA, first.id(), "card.png", new ByteArrayInputStream(PNG));
        Note other = note(SARA, 103, "انبار");
        assertThat(notes.linksTo(ACCOUNT, 104)).containsExactly(new RecordLinkCount(NoteServiceImpl.LINKS, 2));
        assertThat(notes.linksTo(CONTACT, 104)).containsExactly(new RecordLinkCount(NoteServiceImpl.LINKS, 0));

        notes.handleEvent(new Event("crm/record/accounts_account/deleted",
                Map.of(CrmEvents.PROPERTY_TYPE, ACCOUNT, CrmEvents.PROPERTY_ID, 104L, CrmEvents.PROPERTY_USER, "sara")));

        assertThat(notes.linksTo(ACCOUNT, 104)).containsExactly(new RecordLinkCount(NoteServiceImpl.LINKS, 0));
        assertThatThrownBy(() -> notes.get(SARA, first.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notes.get(SARA, second.id())).isInstanceOf(NotFoundException.class);
        assertThat(notes.get(SARA, other.id()).text()).isEqualTo("انبار");
        assertThat(audit.lines()).anyMatch(line -> line.action().equals("deleted") && line.actor().equals("sara")
                && line.objectId().equals(String.valueOf(second.id())));
    }

    @Test
    void refusalsNameTheirField() {
        assertField(() -> note(SARA, 101, "   "), "text");
        assertField(() -> note(SARA, 101, "x".repeat(4001)), "text");
        assertField(() -> notes.create(SARA, new NoteInput(ACCOUNT, null, "متن", false)), "recordId");
        assertField(() -> note(SARA, 999, "متن"), "recordId");
        assertField(() -> notes.create(SARA, new NoteInput("planets.planet", 1L, "متن", false)), "recordType");
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.CREATE)).create(SARA, new NoteInput(ACCOUNT, 101L, "متن", false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void authorsChangeTheirOwnNotesAndOthersNeedThePermission() {
        Note reza = note(REZA, 103, "یادداشت رضا");
        TestGuard noUpdates = new TestGuard().deny(Permissions.UPDATE).deny(Permissions.DELETE);
        NoteServiceImpl strict = service(noUpdates);
        Note changed = strict.update(REZA, reza.id(), new NoteInput(null, null, "ویرایش رضا", true), reza.version());
        assertThat(changed.text()).isEqualTo("ویرایش رضا");
        assertThat(changed.pinned()).isTrue();
        assertThat(changed.recordId()).isEqualTo(103);

        assertThat(strict.get(NIMA, reza.id()).editable()).isFalse();
        assertThatThrownBy(() -> strict.update(NIMA, reza.id(), new NoteInput(null, null, "دست نیما", false), changed.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> strict.delete(NIMA, reza.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(notes.update(NIMA, reza.id(), new NoteInput(null, null, "با اجازه", false), changed.version()).text()).isEqualTo("با اجازه");

        strict.delete(REZA, reza.id());
        assertThatThrownBy(() -> notes.get(SARA, reza.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNarrowScopeHidesOthersNotes() {
        Note sara = note(SARA, 104, "یادداشت سارا");
        Note reza = note(REZA, 104, "یادداشت رضا");
        assertThat(notes.notesOf(REZA, ACCOUNT, 104L, PageRequest.first(10, null, true)).items()).extracting(Note::id).containsExactly(reza.id());
        assertThat(notes.notesOf(SARA, ACCOUNT, 104L, PageRequest.first(10, null, true)).items()).extracting(Note::id)
                .containsExactly(reza.id(), sara.id());
        assertThatThrownBy(() -> notes.get(REZA, sara.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void attachmentsAreSniffedBoundedCountedAndReadOnlyByThoseWhoSeeTheNote() {
        Note note = notes.create(SARA, new NoteInput(CONTACT, 201L, "کارت ویزیت", false));
        byte[] content = new byte[50_000];
        System.arraycopy(PNG, 0, content, 0, PNG.length);
        Attachment card = notes.attach(SARA, note.id(), "card.txt", new ByteArrayInputStream(content));
        assertThat(card.contentType()).as("the content says PNG, whatever the name").isEqualTo("image/png");
        assertThat(card.size()).isEqualTo(50_000);
        assertThat(card.sha256()).hasSize(64);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        notes.download(SARA, card.id(), out);
        assertThat(out.toByteArray()).isEqualTo(content);
        assertThat(notes.get(SARA, note.id()).attachments()).extracting(Attachment::name).containsExactly("card.txt");

        assertThatThrownBy(() -> notes.attach(SARA, note.id(), "big.bin", new ByteArrayInputStream(new byte[(int) MAX_BYTES + 1])))
                .isInstanceOf(PayloadTooLargeException.class);
        assertField(() -> notes.attach(SARA, note.id(), " ", new ByteArrayInputStream(PNG)), "name");
        Attachment script = notes.attach(SARA, note.id(), "page.html", new ByteArrayInputStream("<script>".getBytes()));
        assertThat(script.contentType()).isEqualTo("application/octet-stream");
        assertField(() -> notes.attach(SARA, note.id(), "third.pdf", new ByteArrayInputStream("%PDF-1.4".getBytes())), "attachments");

        assertThatThrownBy(() -> notes.download(REZA, card.id(), new ByteArrayOutputStream())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service(new TestGuard().deny(Permissions.READ)).attachment(SARA, card.id()))
                .isInstanceOf(AccessDeniedException.class);

        notes.detach(SARA, script.id());
        assertThat(notes.get(SARA, note.id()).attachments()).hasSize(1);
        assertThat(audit.lines()).extracting(AuditEntry::action).contains(NoteServiceImpl.ATTACHED, NoteServiceImpl.DETACHED);
        notes.delete(SARA, note.id());
        assertThatThrownBy(() -> notes.attachment(SARA, card.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBadCursorIsRefusedAsTheCursorField() {
        assertField(() -> notes.notesOf(SARA, ACCOUNT, 101L, new PageRequest("nonsense", 10, null, true)), "cursor");
    }

    private static void assertField(Runnable call, String field) {
        List<String> fields = new ArrayList<>();
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> e.fieldErrors().forEach(error -> fields.add(error.field())));
        assertThat(fields).contains(field);
    }
}
