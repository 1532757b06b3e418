package org.peyvand.platform.form.internal.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FileService;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.form.LookupHit;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.form.RecordDayCounts;
import org.peyvand.platform.form.RecordImport;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.platform.form.RecordQuery;
import org.peyvand.platform.form.StoredFile;
import org.peyvand.platform.form.internal.files.FileServiceImpl;
import org.peyvand.platform.form.internal.registry.FormRegistry;
import org.peyvand.platform.form.internal.service.CustomFieldsImpl;
import org.peyvand.platform.form.internal.service.FormServiceImpl;
import org.peyvand.platform.form.internal.store.DayCounts;
import org.peyvand.platform.persistence.Dialect;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.Colleague;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.security.UserService;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.RecordingAudit;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

class RecordServiceTest {
    private static final Caller ADMIN = new Caller("admin", 1, Set.of("administrator"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller SARA = new Caller("sara", 7, Set.of("staff"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(I18nService.PERSIAN));
    private static final String VISIT = "custom.visit";

    private final TestGuard guard = new TestGuard();
    private final TestAccess access = new TestAccess();
    private final RecordingAudit audit = new RecordingAudit();
    private TestDatabase db;
    private FormRegistry registry;
    private final UserService users = Mockito.mock(UserService.class);
    private final EventAdmin events = Mockito.mock(EventAdmin.class);
    private final OrgUnitService units = Mockito.mock(OrgUnitService.class);
    private RecordLookupsImpl lookups;
    private RecordLinksImpl links;
    private RecordServiceImpl records;

    @BeforeEach
    void start() {
        db = new TestDatabase("crm.form");
        registry = FormRegistry.wiredWith(db.transactions(), Clock.systemUTC(), List.of());
        lookups = RecordLookupsImpl.wiredWith(db.transactions(), guard, access, registry, users, units);
        CustomFieldsImpl custom = CustomFieldsImpl.wiredWith(db.transactions(), registry, access, lookups);
        links = new RecordLinksImpl(new OneInstance<>(lookups));
        records = RecordServiceImpl.wiredWith(db.transactions(), guard, access, audit, custom, registry, events, links, Clock.systemUTC());
        FormServiceImpl.wiredWith(db.transactions(), guard, audit, registry, Clock.systemUTC()).publish(ADMIN, new FormDefinition(VISIT,
                FormKind.RECORD_TYPE, null, LocalizedText.of("بازدید", "Visit"), List.of(
                        FieldDefinition.of("subject", FieldType.TEXT, LocalizedText.of("موضوع", "Subject")).withRequired(true),
                        FieldDefinition.of("visitDate", FieldType.DATE, LocalizedText.of("تاریخ بازدید", "Visit date")),
                        FieldDefinition.of("outcome", FieldType.SELECT, LocalizedText.of("نتیجه", "Outcome")).withOptions(List.of(
                                new FieldOption("won", LocalizedText.of("موفق", "Won")), new FieldOption("lost", LocalizedText.of("ناموفق", "Lost"))))),
                List.of(), List.of("subject"), "sales", 0), null);
    }

    @AfterEach
    void stop() {
        registry.close();
        db.close();
    }

    @Test
    void aDesignedTypeBringsItsPermissions() {
        List<String> ids = new RecordPermissions(registry).permissions().stream().map(p -> p.id()).toList();
        assertEquals(List.of("custom.visit.read", "custom.visit.create", "custom.visit.update", "custom.visit.delete", "custom.visit.import",
                "custom.visit.export"), ids);
        guard.deny("custom.visit.create");
        assertThrows(AccessDeniedException.class, () -> records.create(SARA, VISIT, Map.of("subject", "x")));
    }

    @Test
    void recordsAreCheckedStoredSearchedFilteredChangedAndDeleted() {
        CustomRecord created = records.create(SARA, VISIT, Map.of("subject", "بازدید از کارخانه کرج", "visitDate", "۱۴۰۴/۰۸/۰۱", "outcome", "موفق"));
        assertEquals(Map.of("subject", "بازدید از کارخانه کرج", "visitDate", LocalDate.of(2025, 10, 23), "outcome", "won"), created.values());
        records.create(SARA, VISIT, Map.of("subject", "جلسه فروش", "outcome", "lost"));

        assertEquals(List.of(created.id()), ids(records.search(SARA, VISIT, new RecordQuery("كارخا", Map.of()), PageRequest.first(10, null, false))));
        assertEquals(List.of(created.id()), ids(records.search(SARA, VISIT, new RecordQuery(null, Map.of("outcome", "won")),
                PageRequest.first(10, null, false))));
        assertEquals(2, records.count(SARA, VISIT, RecordQuery.ALL));

        ValidationException invalid = assertThrows(ValidationException.class, () -> records.create(SARA, VISIT, Map.of("outcome", "maybe")));
        assertEquals(Set.of("subject", "outcome"), Set.copyOf(invalid.fieldErrors().stream().map(e -> e.field()).toList()));

        CustomRecord changed = records.update(SARA, VISIT, created.id(), Map.of("outcome", "lost"), created.version());
        assertEquals("بازدید از کارخانه کرج", changed.values().get("subject"));
        assertThrows(ConflictException.class, () -> records.update(SARA, VISIT, created.id(), Map.of("outcome", "won"), created.version()));
        records.delete(SARA, VISIT, created.id());
        assertThrows(NotFoundException.class, () -> records.get(SARA, VISIT, created.id()));
        assertEquals(List.of("created", "created", "updated", "deleted"), audit.lines().stream().skip(1).map(l -> l.action()).toList());
    }

    @Test
    void aRecordOtherModulesLinkToIsDeletedOnlyWithTheirConsent() {
        CustomRecord linked = records.create(SARA, VISIT, Map.of("subject", "بازدید پالایشگاه"));
        CustomRecord alone = records.create(SARA, VISIT, Map.of("subject", "بازدید انبار"));
        links.addProvider((type, id) -> VISIT.equals(type) && id == linked.id() ? List.of(new RecordLinkCount("relations.links.count", 2)) : List.of());
        links.addProvider((type, id) -> VISIT.equals(type) && id == linked.id() ? List.of(new RecordLinkCount("notes.links.notes", 1), new RecordLinkCount("notes.links.lists", 0))
                : List.of());
        links.addProvider((type, id) -> {
            throw new IllegalStateException("a module on its way out");
        });

        assertEquals(List.of(new RecordLinkCount("notes.links.notes", 1), new RecordLinkCount("relations.links.count", 2)),
                links.linksTo(SARA, VISIT, linked.id()), "counts of none are left out, and a failing module does not stop the others");
        ConflictException refused = assertThrows(ConflictException.class, () -> records.delete(SARA, VISIT, linked.id()));
        assertEquals("form.error.linked", refused.messageKey());
        assertEquals(List.of(FieldError.of("links", "notes.links.notes", 1L), FieldError.of("links", "relations.links.count", 2L)),
                refused.fieldErrors());
        assertEquals("بازدید پالایشگاه", records.get(SARA, VISIT, linked.id()).values().get("subject"), "nothing is lost on a refusal");

        records.delete(SARA, VISIT, linked.id(), true);
        assertThrows(NotFoundException.class, () -> records.get(SARA, VISIT, linked.id()));
        assertThrows(NotFoundException.class, () -> links.linksTo(SARA, VISIT, linked.id()), "a record that is gone has nothing to count");
        records.delete(SARA, VISIT, alone.id());
        assertThrows(NotFoundException.class, () -> records.get(SARA, VISIT, alone.id()));
    }

    @Test
    void standAloneFormsKeepTheirSubmissionsAndAnnounceThem() {
        String feedback = "form.feedback";
        FormServiceImpl.wiredWith(db.transactions(), guard, audit, registry, Clock.systemUTC()).publish(ADMIN, new FormDefinition(feedback,
                FormKind.STANDALONE, null, LocalizedText.of("نظرسنجی", "Feedback"), List.of(
                        FieldDefinition.of("score", FieldType.INTEGER, LocalizedText.of("امتیاز", "Score")).withRequired(true)
                                .withRange(java.math.BigDecimal.ONE, java.math.BigDecimal.TEN),
                        FieldDefinition.of("comment", FieldType.LONG_TEXT, LocalizedText.of("توضیح", "Comment"))),
                List.of(), List.of("score"), null, 0), null);
        assertEquals(List.of("form.feedback.submit", "form.feedback.read", "form.feedback.delete", "form.feedback.export"),
                new RecordPermissions(registry).permissions().stream().map(p -> p.id()).filter(id -> id.startsWith(feedback)).toList());

        ValidationException invalid = assertThrows(ValidationException.class, () -> records.create(SARA, feedback, Map.of("score", "۱۱")));
        assertEquals("score", invalid.fieldErrors().get(0).field());
        CustomRecord sent = records.create(SARA, feedback, Map.of("score", "۹", "comment", "پاسخ‌گویی سریع بود"));
        assertEquals(9L, ((Number) sent.values().get("score")).longValue());
        ArgumentCaptor<Event> posted = ArgumentCaptor.forClass(Event.class);
        Mockito.verify(events, Mockito.atLeastOnce()).postEvent(posted.capture());
        Event submitted = posted.getValue();
        assertEquals("crm/form/form_feedback/submitted", submitted.getTopic());
        assertEquals(sent.id(), submitted.getProperty("crm.id"));
        assertEquals(feedback, submitted.getProperty("crm.type"));
        assertEquals("sara", submitted.getProperty("crm.user"));

        assertThrows(org.peyvand.platform.core.error.BadRequestException.class,
                () -> records.update(ADMIN, feedback, sent.id(), Map.of("score", 1), sent.version()));
        assertEquals(Map.of(String.valueOf(sent.id()), "9"), lookups.names(ADMIN, feedback, List.of(String.valueOf(sent.id()))),
                "a submission is found by those who read the form's submissions, so its files can be read");
        assertEquals(1, records.count(ADMIN, feedback, RecordQuery.ALL));
        guard.deny("form.feedback.read");
        assertThrows(AccessDeniedException.class, () -> records.count(SARA, feedback, RecordQuery.ALL));
        guard.deny("form.feedback.submit");
        assertThrows(AccessDeniedException.class, () -> records.create(SARA, feedback, Map.of("score", 5)));
    }

    @Test
    void fileAndImageFieldsTakeTheUploadersOwnFilesAndKeepThemForThoseWhoSeeTheRecord() {
        FileServiceImpl files = FileServiceImpl.wiredWith(db.transactions(), guard, access, lookups, Clock.systemUTC());
        FormServiceImpl.wiredWith(db.transactions(), guard, audit, registry, Clock.systemUTC()).publish(ADMIN, new FormDefinition("custom.sample",
                FormKind.RECORD_TYPE, null, LocalizedText.of("نمونه", "Sample"), List.of(
                        FieldDefinition.of("title", FieldType.TEXT, LocalizedText.of("عنوان", "Title")),
                        FieldDefinition.of("photo", FieldType.IMAGE, LocalizedText.of("عکس", "Photo")),
                        FieldDefinition.of("report", FieldType.FILE, LocalizedText.of("گزارش آزمایش", "Lab report"))),
                List.of(), List.of("title"), "sales", 0), null);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        StoredFile photo = files.upload(SARA, "C:\\temp\\عکس نمونه.png", new java.io.ByteArrayInputStream(png));
        assertEquals("عکس نمونه.png", photo.name());
        assertEquals("image/png", photo.contentType());
        assertEquals(12, photo.size());
        StoredFile pdf = files.upload(SARA, "lab.pdf", new java.io.ByteArrayInputStream("%PDF-1.7 report".getBytes(StandardCharsets.US_ASCII)));
        StoredFile page = files.upload(SARA, "page.html", new java.io.ByteArrayInputStream("<script>x</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("application/octet-stream", page.contentType(), "what a client claims is never served back");
        assertThrows(NotFoundException.class, () -> files.describe(REZA, photo.id()), "an upload is its uploader's until a record takes it");

        ValidationException refused = assertThrows(ValidationException.class,
                () -> records.create(SARA, "custom.sample", Map.of("photo", pdf.id(), "report", 987654321L)));
        assertEquals(List.of("form.error.notAnImage", "form.error.fileNotYours"), refused.fieldErrors().stream().map(e -> e.messageKey()).toList());
        assertThrows(ValidationException.class, () -> records.create(REZA, "custom.sample", Map.of("photo", photo.id())));

        CustomRecord sample = records.create(SARA, "custom.sample", Map.of("title", "نمونه پلی‌اتیلن", "photo", photo.id(), "report", pdf.id()));
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        files.download(REZA, photo.id(), read);
        assertArrayEquals(png, read.toByteArray(), "whoever sees the record reads its files");
        access.fields(REZA, "custom.sample", new org.peyvand.platform.security.FieldAccess(Set.of("photo"), Set.of()));
        assertThrows(NotFoundException.class, () -> files.describe(REZA, photo.id()), "a hidden field hides its file");

        StoredFile second = files.upload(SARA, "lab-2.pdf", new java.io.ByteArrayInputStream("%PDF-1.7 again".getBytes(StandardCharsets.US_ASCII)));
        CustomRecord changed = records.update(SARA, "custom.sample", sample.id(), Map.of("report", second.id()), sample.version());
        assertEquals(second.id(), ((Number) changed.values().get("report")).longValue());
        assertThrows(NotFoundException.class, () -> files.describe(SARA, pdf.id()), "a file taken out of its field goes");
        records.delete(SARA, "custom.sample", sample.id());
        assertThrows(NotFoundException.class, () -> files.describe(SARA, second.id()), "a deleted record's files go with it");

        assertThrows(org.peyvand.platform.core.error.PayloadTooLargeException.class, () -> files.upload(SARA, "big.bin",
                new java.io.ByteArrayInputStream(new byte[(int) FileService.MAX_BYTES + 1])));
        assertEquals("name", assertThrows(ValidationException.class, () -> files.upload(SARA, " ", java.io.InputStream.nullInputStream()))
                .fieldErrors().get(0).field());
        guard.deny("platform.file.use");
        assertThrows(AccessDeniedException.class, () -> files.upload(SARA, "x.pdf", java.io.InputStream.nullInputStream()));
    }

    @Test
    void lookupsPointOnlyAtWhatTheCallerCanSee() {
        FormServiceImpl.wiredWith(db.transactions(), guard, audit, registry, Clock.systemUTC()).publish(ADMIN, new FormDefinition("custom.report",
                FormKind.RECORD_TYPE, null, LocalizedText.of("گزارش", "Report"), List.of(
                        FieldDefinition.of("title", FieldType.TEXT, LocalizedText.of("عنوان", "Title")),
                        FieldDefinition.of("visit", FieldType.LOOKUP, LocalizedText.of("بازدید", "Visit")).withLookup(VISIT),
                        FieldDefinition.of("reviewer", FieldType.USER, LocalizedText.of("بازبین", "Reviewer"))),
                List.of(), List.of("title"), "sales", 0), null);
        CustomRecord mine = records.create(SARA, VISIT, Map.of("subject", "بازدید پالایشگاه"));
        CustomRecord his = records.create(REZA, VISIT, Map.of("subject", "بازدید انبار"));
        access.scope(SARA, VISIT, RecordScope.Level.OWN, Set.of());
        Mockito.when(users.colleagues(Mockito.any(), Mockito.eq(List.of("maryam"))))
                .thenReturn(List.of(new Colleague("maryam", "مریم", "Maryam", true)));

        assertEquals(List.of(new LookupHit(String.valueOf(mine.id()), "بازدید پالایشگاه")), lookups.find(SARA, VISIT, "پالا", 10));
        assertEquals(Map.of(String.valueOf(mine.id()), "بازدید پالایشگاه"),
                lookups.names(SARA, VISIT, List.of(String.valueOf(mine.id()), String.valueOf(his.id()), "nonsense")));
        assertEquals(Optional.of("reza"), lookups.owner(ADMIN, VISIT, String.valueOf(his.id())), "a process gives a task to the owner");
        assertEquals(Optional.empty(), lookups.owner(SARA, VISIT, String.valueOf(his.id())), "out of scope: no owner to tell");
        assertEquals(Optional.empty(), lookups.owner(ADMIN, RecordLookups.USERS, "maryam"), "colleagues are nobody's records");

        CustomRecord report = records.create(SARA, "custom.report", Map.of("title", "گزارش", "visit", mine.id(), "reviewer", "maryam"));
        assertEquals(mine.id(), report.values().get("visit"));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> records.create(SARA, "custom.report", Map.of("visit", his.id(), "reviewer", "nobody")));
        assertEquals(Set.of("visit", "reviewer"), Set.copyOf(refused.fieldErrors().stream().map(e -> e.field()).toList()));
        assertTrue(refused.fieldErrors().stream().allMatch(e -> e.messageKey().equals("form.error.referenceMissing")));

        records.delete(SARA, VISIT, mine.id());
        CustomRecord kept = records.update(SARA, "custom.report", report.id(), Map.of("title", "گزارش نهایی"), report.version());
        assertEquals(mine.id(), kept.values().get("visit"), "a value pointing at a deleted record stays while other fields change");

        guard.deny("custom.visit.read");
        assertThrows(AccessDeniedException.class, () -> lookups.find(SARA, VISIT, "", 10));
        assertThrows(NotFoundException.class, () -> lookups.find(SARA, "custom.nothing", "", 10));
        assertThrows(NotFoundException.class, () -> lookups.names(SARA, null, List.of("1")), "no type names nothing");
    }

    @Test
    void listsFollowAFieldsOrderWithRecordsWithoutAValueLast() {
        String[] dates = {"1403/05/01", null, "1401/01/01", "1403/09/30", null, "1402/02/02"};
        for (int i = 0; i < dates.length; i++) {
            Map<String, Object> values = new java.util.HashMap<>(Map.of("subject", "v" + i, "outcome", i % 2 == 0 ? "won" : "lost"));
            if (dates[i] != null) {
                values.put("visitDate", dates[i]);
            }
            records.create(SARA, VISIT, values);
        }
        assertEquals(List.of("v2", "v5", "v0", "v3", "v1", "v4"), subjects(VISIT, "visitDate", false, 2));
        assertEquals(List.of("v3", "v0", "v5", "v2", "v1", "v4"), subjects(VISIT, "visitDate", true, 4));
        assertEquals(List.of("v2", "v0", "v4"), records.search(SARA, VISIT, new RecordQuery(null, Map.of("outcome", "won")),
                PageRequest.first(10, "visitDate", false)).items().stream().map(r -> (String) r.values().get("subject")).toList());
        assertEquals("sort", assertThrows(ValidationException.class,
                () -> records.search(SARA, VISIT, RecordQuery.ALL, PageRequest.first(10, "nothing", false))).fieldErrors().get(0).field());
    }

    private List<String> subjects(String type, String sort, boolean descending, int pageSize) {
        List<String> seen = new java.util.ArrayList<>();
        PageRequest page = PageRequest.first(pageSize, sort, descending);
        Page<CustomRecord> current;
        do {
            current = records.search(SARA, type, RecordQuery.ALL, page);
            current.items().forEach(r -> seen.add((String) r.values().get("subject")));
            page = page.next(current.nextCursor());
        } while (current.hasNext());
        return seen;
    }

    @Test
    void pagesWalkEveryRecordOnceAndScopesHideOthers() {
        for (int i = 0; i < 5; i++) {
            records.create(i < 3 ? SARA : REZA, VISIT, Map.of("subject", "بازدید " + i));
        }
        PageRequest page = PageRequest.first(2, null, false);
        java.util.List<Long> seen = new java.util.ArrayList<>();
        Page<CustomRecord> current = records.search(SARA, VISIT, RecordQuery.ALL, page);
        seen.addAll(ids(current));
        while (current.hasNext()) {
            page = page.next(current.nextCursor());
            current = records.search(SARA, VISIT, RecordQuery.ALL, page);
            seen.addAll(ids(current));
        }
        assertEquals(5, Set.copyOf(seen).size());
        access.scope(REZA, VISIT, RecordScope.Level.OWN, Set.of());
        assertEquals(2, records.count(REZA, VISIT, RecordQuery.ALL));
        long sarasRecord = seen.get(0);
        assertThrows(NotFoundException.class, () -> records.get(REZA, VISIT, sarasRecord));
    }

    @Test
    void csvImportsValidRowsAndExportsThemAgain() {
        String csv = "\uFEFFموضوع,تاریخ بازدید,outcome\nپیگیری,1404/09/01,won\n,1404/09/02,won\nتماس,,Lost\n";
        List<Integer> heard = new java.util.ArrayList<>();
        RecordImport result = records.importCsv(SARA, VISIT, csv.getBytes(StandardCharsets.UTF_8), new Progress() {
            @Override
            public void progress(int done, int total) {
                heard.add(done);
            }
        });
        assertEquals(List.of(3), heard);
        assertEquals(3, result.total());
        assertEquals(2, result.imported());
        assertEquals(2, result.errors().get(0).row());
        assertEquals("subject", result.errors().get(0).fieldErrors().get(0).field());
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> records.importCsv(SARA, VISIT, "subject,shoe\nx,y\n".getBytes(StandardCharsets.UTF_8), Progress.NONE));
        RecordImport stopped = records.importCsv(SARA, VISIT, "subject\nنیامده\n".getBytes(StandardCharsets.UTF_8), new Progress() {
            @Override
            public boolean cancelled() {
                return true;
            }
        });
        assertTrue(stopped.cancelled());
        assertEquals(0, stopped.imported());
        assertEquals("form.error.importColumn", unknown.fieldErrors().get(0).messageKey());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.exportCsv(SARA, VISIT, RecordQuery.ALL, out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertTrue(exported.startsWith("\uFEFFid,subject,visitDate,outcome"), exported);
        assertTrue(exported.contains("پیگیری,2025-11-22,won"), exported);
        assertTrue(exported.contains("تماس,,lost"), exported);
    }

    @Test
    void dailyCountsFollowEveryRecordAndCountingAgainFindsTheSame() {
        LocalDate today = LocalDate.now(Dialect.TEHRAN);
        CustomRecord first = records.create(SARA, VISIT, Map.of("subject", "الف", "visitDate", "۱۴۰۴/۰۸/۰۱"));
        records.create(SARA, VISIT, Map.of("subject", "ب"));
        CustomRecord rezas = records.create(REZA, VISIT, Map.of("subject", "پ", "visitDate", "1404/08/01"));
        assertEquals(List.of("createdAt " + today + " reza 8 1", "createdAt " + today + " sara 7 2", "visitDate 2025-10-23 reza 8 1",
                "visitDate 2025-10-23 sara 7 1"), dayCounts());

        records.update(SARA, VISIT, first.id(), Map.of("visitDate", "1404/08/02"), first.version());
        records.delete(REZA, VISIT, rezas.id());
        // a row left without records goes, so a report grouping the counts shows no empty group
        List<String> kept = List.of("createdAt " + today + " sara 7 2", "visitDate 2025-10-24 sara 7 1");
        assertEquals(kept, dayCounts());

        db.transactions().write(em -> null, (em, none) -> {
            DayCounts.recount(em, List.copyOf(registry.all().values()));
            return null;
        });
        assertEquals(kept, dayCounts());
    }

    private List<String> dayCounts() {
        return db.transactions().read(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT field, day, owner, owner_unit_id, records FROM " + RecordDayCounts.TABLE
                    + " ORDER BY field, day, owner").getResultList();
            return rows.stream().map(r -> r[0] + " " + ((java.sql.Date) r[1]).toLocalDate() + " " + r[2] + " " + r[3] + " " + r[4]).toList();
        });
    }

    private static List<Long> ids(Page<CustomRecord> page) {
        return page.items().stream().map(CustomRecord::id).toList();
    }

    /** The singleton a component reference would hand out. */
    private record OneInstance<S>(S service) implements ComponentServiceObjects<S> {
        @Override
        public S getService() {
            return service;
        }

        @Override
        public void ungetService(S taken) {
            // nothing was counted
        }

        @Override
        public ServiceReference<S> getServiceReference() {
            return null;
        }
    }
}
