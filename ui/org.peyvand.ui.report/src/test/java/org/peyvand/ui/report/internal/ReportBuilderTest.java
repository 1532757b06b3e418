package org.peyvand.ui.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.Aggregate;
import org.peyvand.platform.report.ChartType;
import org.peyvand.platform.report.DateBucket;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ReportColumn;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.report.ReportGroup;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.report.ReportType;
import org.peyvand.platform.report.ResultColumn;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.platform.security.Caller;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.Label;

class ReportBuilderTest {
    private static final Caller SARA = new Caller("sara", 3, Set.of("staff"), DisplayPreferences.defaults(DisplayPreferences.PERSIAN));
    private static final ReportDefinition BY_MONTH = new ReportDefinition("report.1a", LocalizedText.of("مخاطبان ماه", "Contacts a month"),
            "accounts.contact", List.of(new ReportGroup("createdAt", DateBucket.JALALI_MONTH)), List.of(ReportColumn.count(),
                    new ReportColumn("lastName", Aggregate.SUM)), List.of(), List.of(), ChartType.BAR);

    private static final ReportType CONTACTS = new ReportType("accounts.contact", LocalizedText.of("فرد", "Contact"), List.of(
            new ReportType.Field("lastName", LocalizedText.of("نام خانوادگی", "Last name"), FieldType.TEXT),
            new ReportType.Field("createdAt", LocalizedText.of("زمان ایجاد", "Created"), FieldType.DATE_TIME)));

    private final ReportServices services = mock(ReportServices.class);
    private final ReportService reports = mock(ReportService.class);
    private final UiContext context = mock(UiContext.class);

    @BeforeEach
    void persianUser() {
        doCallRealMethod().when(context).call(any());
        doCallRealMethod().when(context).run(any());
        when(context.caller()).thenReturn(SARA);
        when(context.messages()).thenReturn(ReportTexts.PERSIAN);
        when(context.format()).thenReturn(DisplayFormat.of(SARA.preferences()));
        when(context.rightToLeft()).thenReturn(true);
        when(services.reports()).thenReturn(reports);
        when(services.names(any(), any(), any())).thenReturn(Map.of());
        when(reports.types(SARA)).thenReturn(List.of(CONTACTS));
    }

    private ReportBuilder open(ReportDefinition definition) {
        return new ReportBuilder(context, services, new SavedReport(definition, "sara", null, List.of(), Instant.now(), true), () -> {
        });
    }

    @Test
    void whatTheKernelRefusesIsMarkedOnThePartItNamesAndListedByTheFieldsLabel() {
        when(reports.run(any(), any())).thenThrow(new ValidationException(List.of(
                FieldError.of("columns[1].aggregate", "report.error.notNumeric", "lastName"),
                FieldError.of("filters[0].period.days", "core.error.required"))));

        ReportBuilder builder = open(BY_MONTH);

        AbstractComponent aggregate = get(builder, "report-columns-1-aggregate");
        assertThat(aggregate.getComponentError()).isNotNull();
        assertThat(((AbstractComponent) get(builder, "report-columns-0-aggregate")).getComponentError()).isNull();
        Label errors = get(builder, "report-errors");
        assertThat(errors.isVisible()).isTrue();
        assertThat(errors.getValue()).startsWith("نام خانوادگی عدد نیست");
        assertThat(errors.getValue()).as("a part the design does not show is listed all the same").contains("core.error.required");
        assertThat(find(builder, "report-result")).as("no result to show").isEmpty();
    }

    @Test
    void aGroupedResultReadsInTheUsersCalendarAndDigitsAndItsRowsOpenTheirRecords() {
        ResultColumn month = new ResultColumn("createdAt", LocalizedText.of("زمان ایجاد", "Created"), FieldType.DATE, null, DateBucket.JALALI_MONTH);
        ResultColumn count = new ResultColumn(null, LocalizedText.of("تعداد", "Count"), FieldType.INTEGER, Aggregate.COUNT, null);
        ReportDefinition counted = new ReportDefinition(BY_MONTH.key(), BY_MONTH.title(), BY_MONTH.recordType(), BY_MONTH.groups(),
                List.of(ReportColumn.count()), List.of(), List.of(), ChartType.BAR);
        ArgumentCaptor<ReportDefinition> asked = ArgumentCaptor.forClass(ReportDefinition.class);
        when(reports.run(any(), asked.capture())).thenReturn(new ReportResult(List.of(month, count),
                List.of(List.of(LocalDate.of(2026, 3, 21), 12L)), true, List.of("score")));

        ReportBuilder builder = open(counted);

        assertThat(asked.getValue()).as("the saved report as it was designed, its key kept to save it again").isEqualTo(counted);
        Grid<Integer> grid = get(builder, "report-result");
        assertThat(grid.getColumns().stream().map(c -> (Object) c.getValueProvider().apply(0)).toList()).containsExactlyInAnyOrder("فروردین ۱۴۰۵", "۱۲");
        assertThat(grid.getColumns()).extracting(Grid.Column::getCaption).containsExactlyInAnyOrder("زمان ایجاد (ماه شمسی)", "تعداد");
        Label notices = get(builder, "report-notices");
        assertThat(notices.getValue()).contains("۱", "score");
        assertThat(((Label) get(builder, "report-errors")).isVisible()).isFalse();
    }

    @Test
    void anExportOfTheDesignTheKernelRefusesIsMarkedAsARunIs() {
        ReportExports exports = mock(ReportExports.class);
        when(services.exports()).thenReturn(exports);
        when(services.allows(context, ReportPermissions.EXPORT)).thenReturn(true);
        when(reports.run(any(), any())).thenReturn(new ReportResult(List.of(), List.of(), false, List.of()));
        when(exports.start(any(), any(), any())).thenThrow(new ValidationException(List.of(
                FieldError.of("columns[1].aggregate", "report.error.notNumeric", "lastName"))));
        ReportBuilder builder = open(BY_MONTH);

        ((Button) get(builder, "report-export-xlsx")).click();

        verify(exports).start(SARA, BY_MONTH, ExportFormat.XLSX);
        assertThat(((AbstractComponent) get(builder, "report-columns-1-aggregate")).getComponentError()).isNotNull();
        assertThat(((Label) get(builder, "report-errors")).getValue()).startsWith("نام خانوادگی عدد نیست");
    }

    @SuppressWarnings("unchecked")
    static <T extends Component> T get(Component root, String id) {
        return (T) find(root, id).findFirst().orElseThrow(() -> new AssertionError("no component " + id));
    }

    static Stream<Component> find(Component root, String id) {
        return all(root).filter(c -> id.equals(c.getId()));
    }

    private static Stream<Component> all(Component root) {
        Stream<Component> children = root instanceof HasComponents parent
                ? StreamSupport.stream(parent.spliterator(), false).flatMap(ReportBuilderTest::all) : Stream.empty();
        return Stream.concat(Stream.of(root), children);
    }
}
