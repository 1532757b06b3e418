package org.peyvand.platform.report.internal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.ExportFile;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ExportJob;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.platform.report.ReportSource;
import org.peyvand.platform.report.TableReportSource;
import org.peyvand.platform.report.internal.ReportQueries;
import org.peyvand.platform.report.internal.calendar.DayTable;
import org.peyvand.platform.testing.FileMessages;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.TestAccess;
import org.peyvand.platform.testing.security.TestGuard;

/**
 * Exports of a 5,000-row table on an in-memory Derby, read 100 rows at a time: the whole table
 * lands in the file, progress shows while it runs, a cancel
 * stops it and removes what it wrote, and each user sees only their own exports.
 */
class ReportExportsTest {
    private static final String TICKETS = "support.ticket";
    private static final int ROWS = 5_000;
    private static final Caller SARA = new Caller("sara", 7, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(Locale.ENGLISH));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-30T08:30:00Z"), ZoneOffset.UTC);

    private final TestDatabase db = new TestDatabase("crm.report");
    private final TestGuard guard = new TestGuard();
    private final AuditTrail audit = mock(AuditTrail.class);
    private ReportQueries real;
    private ReportQueries queries;
    private ReportExportsImpl exports;
    @TempDir
    Path folder;

    @BeforeEach
    void tickets() {
        DayTable.wiredWith(db.transactions()).fill();
        db.tx(em -> {
            em.createNativeQuery("CREATE TABLE t_ticket (id BIGINT PRIMARY KEY, subject VARCHAR(100), owner VARCHAR(64), owner_unit_id BIGINT,"
                    + " created_at TIMESTAMP, updated_at TIMESTAMP)").executeUpdate();
            em.createNativeQuery("INSERT INTO t_ticket (id, subject, owner, owner_unit_id) VALUES (0, 'درخواست ۰', 'sara', 7)").executeUpdate();
            for (int doubled = 1; doubled < ROWS; doubled *= 2) {
                em.createNativeQuery("INSERT INTO t_ticket (id, subject, owner, owner_unit_id) SELECT id + " + doubled
                        + ", subject, owner, owner_unit_id FROM t_ticket WHERE id + " + doubled + " < " + ROWS).executeUpdate();
            }
        });
        CustomFields forms = mock(CustomFields.class);
        FormDefinition form = new FormDefinition(TICKETS, FormKind.RECORD_TYPE, "support", LocalizedText.of("درخواست", "Ticket"),
                List.of(FieldDefinition.of("subject", FieldType.TEXT, LocalizedText.of("موضوع", "Subject")).withBuiltIn(true)), List.of(),
                List.of("subject"), null, 1);
        when(forms.form(TICKETS)).thenReturn(Optional.of(form));
        when(forms.recordTypes()).thenReturn(List.of(form));
        I18nService i18n = mock(I18nService.class);
        when(i18n.messages(any())).thenAnswer(call -> "fa".equals(((Locale) call.getArgument(0)).getLanguage())
                ? FileMessages.persian("report") : FileMessages.english("report"));
        real = new ReportQueries(db.transactions(), guard, new TestAccess(), forms, CLOCK);
        real.addSource(new TicketSource(), Map.of(ReportSource.TYPE, TICKETS));
        queries = spy(real);
        exports = ReportExportsImpl.wiredWith(queries, guard, audit, i18n, forms, config(), folder, CLOCK);
    }

    @AfterEach
    void close() {
        exports.stop();
        db.close();
    }

    private static ReportDefinition subjects() {
        return new ReportDefinition(null, null, TICKETS, List.of(), List.of(ReportColumn.of("subject")), List.of(), List.of(), null);
    }

    @Test
    void anExportWritesEveryRowAndOnlyItsOwnerFindsIt() throws Exception {
        ExportJob started = exports.start(SARA, subjects(), ExportFormat.XLSX);

        ExportJob done = finished(SARA, started.id());
        assertThat(done.state()).isEqualTo(ExportJob.State.DONE);
        assertThat(done.rowsWritten()).isEqualTo(ROWS);
        assertThat(done.rowsExpected()).isEqualTo(ROWS);
        assertThat(done.fileName()).isEqualTo("گزارش درخواست.xlsx");
        ExportFile file = exports.file(SARA, started.id());
        assertThat(file.mediaType()).isEqualTo(ExportFormat.XLSX.mediaType());
        try (InputStream in = file.content().open(); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("موضوع");
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + ROWS);
        }
        assertThat(exports.jobs(SARA)).extracting(ExportJob::id).containsExactly(started.id());
        assertThat(exports.jobs(REZA)).isEmpty();
        assertThatThrownBy(() -> exports.file(REZA, started.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.cancel(REZA, started.id())).isInstanceOf(NotFoundException.class);
        verify(audit).record(eq("sara"), eq(ReportExportsImpl.EXPORTED), eq("report"), eq(started.id()), any(), eq(List.of()));
    }

    @Test
    void aRunningExportShowsItsProgressAndACancelStopsItAndRemovesItsFile() throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        doAnswer(call -> {
            Predicate<Object[]> write = call.getArgument(2);
            AtomicInteger seen = new AtomicInteger();
            // pauses before the 1,001st row, so the test looks while the export is half way
            Predicate<Object[]> paused = cells -> {
                if (seen.incrementAndGet() == 1_001) {
                    reached.countDown();
                    await(resume);
                }
                return write.test(cells);
            };
            real.scroll(call.getArgument(0), call.getArgument(1), paused);
            return null;
        }).when(queries).scroll(any(), anyInt(), any());
        ExportJob started = exports.start(SARA, subjects(), ExportFormat.XLSX);
        assertThat(reached.await(10, TimeUnit.SECONDS)).isTrue();

        ExportJob halfWay = exports.job(SARA, started.id());
        assertThat(halfWay.state()).isEqualTo(ExportJob.State.RUNNING);
        assertThat(halfWay.rowsWritten()).isEqualTo(1_000);
        assertThat(halfWay.rowsExpected()).isEqualTo(ROWS);
        exports.cancel(SARA, started.id());
        resume.countDown();

        ExportJob cancelled = finished(SARA, started.id());
        assertThat(cancelled.state()).isEqualTo(ExportJob.State.CANCELLED);
        assertThat(cancelled.rowsWritten()).isEqualTo(1_000);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThatThrownBy(() -> exports.file(SARA, started.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBadDefinitionOrAMissingPermissionIsRefusedBeforeAnythingIsQueued() {
        ReportDefinition noColumns = new ReportDefinition(null, null, TICKETS, List.of(), List.of(), List.of(), List.of(), null);
        assertThatThrownBy(() -> exports.start(SARA, noColumns, ExportFormat.PDF)).isInstanceOfSatisfying(ValidationException.class,
                refused -> assertThat(refused.fieldErrors()).extracting(e -> e.field()).containsExactly("columns"));
        assertThatThrownBy(() -> exports.start(SARA, subjects(), null)).isInstanceOfSatisfying(ValidationException.class,
                refused -> assertThat(refused.fieldErrors()).extracting(e -> e.field()).containsExactly("format"));
        assertThat(exports.jobs(SARA)).isEmpty();
        guard.deny(ReportPermissions.EXPORT);
        assertThatThrownBy(() -> exports.start(SARA, subjects(), ExportFormat.PDF)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.jobs(SARA)).isInstanceOf(AccessDeniedException.class);
    }

    private ExportJob finished(Caller caller, String id) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        ExportJob job = exports.job(caller, id);
        while (!job.state().finished() && System.nanoTime() < until) {
            Thread.sleep(20);
            job = exports.job(caller, id);
        }
        return job;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ReportExportsImpl.Config config() {
        return new ReportExportsImpl.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ReportExportsImpl.Config.class;
            }

            @Override
            public String folder() {
                return "";
            }

            @Override
            public int maxRows() {
                return 1_000_000;
            }

            @Override
            public int fetchSize() {
                return 100;
            }

            @Override
            public int retentionDays() {
                return 7;
            }

            @Override
            public int workers() {
                return 1;
            }

            @Override
            public String organisationName() {
                return "";
            }
        };
    }

    private static final class TicketSource extends TableReportSource {
        TicketSource() {
            super("t_ticket", "support.ticket.read", Map.of("subject", "subject"));
        }
    }
}
