package org.peyvand.ui.report.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ReportSchedule;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Schedules a saved report the user sees: its file, daily, weekly on a day of the user's week or
 * monthly on a day of their month, at an hour of Tehran's time. The schedules service checks it.
 */
final class ScheduleDialog extends Window {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient ReportServices services;
    private final transient Messages messages;
    private final ComboBox<SavedReport> report;
    private final RadioButtonGroup<ExportFormat> format;
    private final ComboBox<ReportSchedule.Frequency> frequency;
    private final ComboBox<Integer> day = new ComboBox<>();
    private final ComboBox<Integer> hour;
    private final RefusalList refusals = new RefusalList("schedule-refusals");

    private ScheduleDialog(UiContext context, ReportServices services, List<SavedReport> reports, Consumer<ReportSchedule> created) {
        super(context.messages().get("report.ui.schedules.add"));
        this.context = context;
        this.services = services;
        this.messages = context.messages();
        setId("schedule-dialog");
        setModal(true);
        setWidth("520px");
        addStyleName("crm-dialog");
        String language = messages.locale().getLanguage();
        report = new ComboBox<>(messages.get("report.ui.schedule.report"), reports);
        report.setId("schedule-report");
        report.setWidth("100%");
        report.setItemCaptionGenerator(r -> Titles.of(r.definition(), language, messages));
        format = new RadioButtonGroup<>(messages.get("report.ui.schedule.format"), Arrays.asList(ExportFormat.values()));
        format.setId("schedule-format");
        format.addStyleName(ValoTheme.OPTIONGROUP_HORIZONTAL);
        format.setItemCaptionGenerator(f -> messages.get("report.ui.format." + f.name()));
        format.setValue(ExportFormat.XLSX);
        frequency = new ComboBox<>(messages.get("report.ui.schedule.frequency"), Arrays.asList(ReportSchedule.Frequency.values()));
        frequency.setId("schedule-frequency");
        frequency.setItemCaptionGenerator(f -> messages.get("report.ui.schedule.frequency." + f.name()));
        frequency.setEmptySelectionAllowed(false);
        frequency.addValueChangeListener(e -> showDays(e.getValue()));
        day.setCaption(messages.get("report.ui.schedule.day"));
        day.setId("schedule-day");
        day.setEmptySelectionAllowed(false);
        hour = new ComboBox<>(messages.get("report.ui.schedule.hour"), IntStream.range(0, 24).boxed().toList());
        hour.setId("schedule-hour");
        hour.setItemCaptionGenerator(h -> ScheduleText.hour(h, context.format()));
        hour.setEmptySelectionAllowed(false);
        hour.setValue(8);
        frequency.setValue(ReportSchedule.Frequency.DAILY);
        CssLayout buttons = SaveButtons.of(messages, "schedule-save", "schedule-cancel", () -> save(created), this::close);
        setContent(new VerticalLayout(report, format, frequency, day, hour, refusals, buttons));
    }

    static void open(UiContext context, ReportServices services, List<SavedReport> reports, Consumer<ReportSchedule> created) {
        UI.getCurrent().addWindow(new ScheduleDialog(context, services, reports, created));
    }

    /** The days to pick for the frequency: the user's week by name, the days of a month, none daily. */
    private void showDays(ReportSchedule.Frequency picked) {
        boolean weekly = picked == ReportSchedule.Frequency.WEEKLY;
        day.setVisible(picked != ReportSchedule.Frequency.DAILY);
        day.setItems(IntStream.rangeClosed(1, weekly ? 7 : 31).boxed().toList());
        day.setItemCaptionGenerator(d -> weekly ? ScheduleText.weekday(d, messages, context.format()) : context.format().number(d));
        day.setDescription(weekly ? null : messages.get("report.ui.schedule.monthEnd"));
        day.setValue(1);
    }

    private void save(Consumer<ReportSchedule> created) {
        Map<String, Consumer<String>> marks = Map.of("report", RefusalList.markOn(report), "format", RefusalList.markOn(format),
                "frequency", RefusalList.markOn(frequency), "day", RefusalList.markOn(day), "hour", RefusalList.markOn(hour));
        refusals.clear(marks);
        ReportSchedule schedule = ReportSchedule.of(report.getOptionalValue().map(SavedReport::key).orElse(null), format.getValue(),
                frequency.getValue(), day.isVisible() ? day.getValue() : null, hour.getValue());
        try {
            ReportSchedule saved = services.schedules().create(context.caller(), schedule);
            close();
            created.accept(saved);
        } catch (ValidationException refused) {
            refusals.show(refused, marks, error -> messages.get(error.messageKey(), error.args().toArray()));
        } catch (RuntimeException failed) {
            context.showError(failed);
        }
    }
}
