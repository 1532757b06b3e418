package org.peyvand.platform.report.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ExportJob;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.report.ReportLibrary;
import org.peyvand.platform.report.ReportSchedule;
import org.peyvand.platform.report.ReportSchedule.Frequency;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.MovableClock;
import org.peyvand.platform.testing.TestDatabase;
import org.peyvand.platform.testing.security.TestGuard;

/**
 * Scheduled reports on an in-memory Derby: a monthly export runs once when due, as its owner, and
 * moves on to the next month's day; an owner who can no longer sign in or a report gone is kept
 * as the schedule's error; refusals name the field; only the owner sees or removes a schedule.
 */
class ReportSchedulesTest {
    private static final Caller SARA = new Caller("sara", 7, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    private static final Caller REZA = new Caller("reza", 8, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    private static final ReportDefinition DEALS = new ReportDefinition("report.deals", LocalizedText.of("معامله‌ها", null), "sales.deal",
            List.of(), List.of(ReportColumn.count()), List.of(), List.of(), null);

    /** 10 Mehr 1405, noon in Tehran. */
    private final MovableClock clock = new MovableClock(LocalDate.of(2026, 10, 2).atTime(12, 0).atZone(NextRun.TEHRAN).toInstant());
    private final TestDatabase db = new TestDatabase("crm.report");
    private final ReportLibrary library = mock(ReportLibrary.class);
    private final ReportExports exports = mock(ReportExports.class);
    private final Authenticator authenticator = mock(Authenticator.class);
    private ReportSchedulesImpl schedules;

    @BeforeEach
    void wire() {
        SavedReport deals = new SavedReport(DEALS, "sara", null, List.of(), null, true);
        when(library.find(SARA, "report.deals")).thenReturn(Optional.of(deals));
        when(library.get(SARA, "report.deals")).thenReturn(deals);
        when(authenticator.actingFor("sara")).thenReturn(Optional.of(SARA));
        when(exports.start(any(), any(), any())).thenReturn(new ExportJob("export-1", ExportFormat.XLSX, "معامله‌ها", ExportJob.State.QUEUED, 0,
                null, false, clock.instant(), null, null, List.of(), "deals.xlsx"));
        schedules = ReportSchedulesImpl.wiredWith(db.transactions(), library, exports, authenticator, new TestGuard(), mock(AuditTrail.class),
                clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMonthlyExportRunsOnceWhenDueAsItsOwnerAndMovesOn() {
        ReportSchedule created = schedules.create(SARA, ReportSchedule.of("report.deals", ExportFormat.XLSX, Frequency.MONTHLY, 31, 7));
        Instant thirtiethOfMehr = LocalDate.of(2026, 10, 22).atTime(7, 0).atZone(NextRun.TEHRAN).toInstant();
        assertThat(created.nextRun()).as("Mehr has 30 days").isEqualTo(thirtiethOfMehr);

        assertThat(schedules.runDue()).isZero();
        clock.move(Duration.between(clock.instant(), thirtiethOfMehr).plusMinutes(1));
        assertThat(schedules.runDue()).isEqualTo(1);
        assertThat(schedules.runDue()).as("claimed: it runs once").isZero();

        verify(exports, times(1)).start(SARA, DEALS, ExportFormat.XLSX);
        ReportSchedule after = schedules.list(SARA).get(0);
        assertThat(after.lastExport()).isEqualTo("export-1");
        assertThat(after.lastError()).isNull();
        assertThat(after.nextRun()).as("30 Aban").isEqualTo(LocalDate.of(2026, 11, 21).atTime(7, 0).atZone(NextRun.TEHRAN).toInstant());
    }

    @Test
    void anOwnerWhoCannotSignInOrAReportGoneIsKeptAsTheError() {
        schedules.create(SARA, ReportSchedule.of("report.deals", ExportFormat.PDF, Frequency.DAILY, null, 13));
        when(authenticator.actingFor("sara")).thenReturn(Optional.empty());
        clock.move(Duration.ofHours(2));
        schedules.runDue();
        assertThat(schedules.list(SARA).get(0).lastError()).isEqualTo("report.error.scheduleOwner");

        when(authenticator.actingFor("sara")).thenReturn(Optional.of(SARA));
        when(library.get(SARA, "report.deals")).thenThrow(new NotFoundException("report.error.unknownReport", "report.deals"));
        clock.move(Duration.ofDays(1));
        schedules.runDue();
        assertThat(schedules.list(SARA).get(0).lastError()).isEqualTo("report.error.unknownReport");
        verify(exports, never()).start(any(), any(), any());
    }

    @Test
    void refusalsNameTheFieldAndOnlyTheOwnerSeesOrRemovesASchedule() {
        assertThat(fields(ReportSchedule.of("report.other", null, Frequency.WEEKLY, 8, 24))).containsExactly("report", "format", "day", "hour");
        assertThat(fields(ReportSchedule.of("report.deals", ExportFormat.XLSX, null, null, 7))).containsExactly("frequency");
        assertThat(fields(ReportSchedule.of(null, null, null, null, null))).containsExactly("report", "format", "frequency", "hour");

        ReportSchedule created = schedules.create(SARA, ReportSchedule.of("report.deals", ExportFormat.XLSX, Frequency.WEEKLY, 1, 7));
        assertThat(schedules.list(REZA)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schedules.delete(REZA, created.id())).isInstanceOf(NotFoundException.class);
        schedules.delete(SARA, created.id());
        assertThat(schedules.list(SARA)).isEmpty();
        verify(exports, never()).start(eq(REZA), any(), any());
    }

    private List<String> fields(ReportSchedule schedule) {
        try {
            schedules.create(SARA, schedule);
        } catch (ValidationException e) {
            return e.fieldErrors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("not refused");
    }
}
