package org.peyvand.module.activities.internal.views;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.peyvand.module.activities.Occurrence;
import org.peyvand.module.activities.internal.Recurrences;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The activities of a day, a week or a month laid out by the user's calendar: Jalali months with
 * weeks from Saturday for a Jalali user, Gregorian months with weeks from Monday otherwise; the
 * page's direction puts the week's first day on the right in Persian. Each entry opens its activity;
 * a recurring activity's coming occurrences open the open one of its series.
 */
final class CalendarScreen extends VerticalLayout implements View {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    enum Mode {
        DAY, WEEK, MONTH
    }

    private final transient UiContext context;
    private final transient ViewServices services;
    private final boolean jalali;
    private final DayOfWeek firstDay;
    private final Label title = new Label();
    private final CssLayout body = new CssLayout();
    private Mode mode = Mode.MONTH;
    private LocalDate anchor = today();

    CalendarScreen(UiContext context, ViewServices services) {
        this.context = context;
        this.services = services;
        this.jalali = context.format().preferences().calendar() == CalendarSystem.JALALI;
        this.firstDay = jalali ? DayOfWeek.SATURDAY : DayOfWeek.MONDAY;
        setId("view-activity-calendar");
        addStyleName("crm-page");
        setWidth("100%");
        ActivityStyles.applyTo(this);
        Messages messages = context.messages();

        Label heading = new Label(messages.get("activities.calendar.menu"));
        heading.addStyleName("crm-page-title");
        boolean rtl = context.rightToLeft();
        Button previous = button("cal-previous", rtl ? VaadinIcons.ANGLE_RIGHT : VaadinIcons.ANGLE_LEFT, messages.get("activities.calendar.previous"),
                () -> anchor = move(-1));
        Button today = button("cal-today", null, messages.get("activities.calendar.today"), () -> anchor = today());
        today.setCaption(messages.get("activities.calendar.today"));
        Button next = button("cal-next", rtl ? VaadinIcons.ANGLE_LEFT : VaadinIcons.ANGLE_RIGHT, messages.get("activities.calendar.next"),
                () -> anchor = move(1));
        CssLayout modes = new CssLayout();
        modes.addStyleName(ValoTheme.LAYOUT_COMPONENT_GROUP);
        for (Mode each : Mode.values()) {
            Button choose = button("cal-" + each.name().toLowerCase(Locale.ROOT), null, null, () -> mode = each);
            choose.setCaption(messages.get("activities.calendar." + each.name().toLowerCase(Locale.ROOT)));
            modes.addComponent(choose);
        }
        title.setId("cal-title");
        title.addStyleName(ValoTheme.LABEL_H3);
        CssLayout toolbar = new CssLayout(heading, previous, today, next, modes, title);
        toolbar.addStyleName("crm-row");
        body.setId("cal-body");
        body.setWidth("100%");
        addComponents(toolbar, body);
        show();
    }

    private Button button(String id, VaadinIcons icon, String description, Runnable change) {
        Button button = new Button(icon);
        button.setId(id);
        button.setDescription(description);
        button.addStyleName(ValoTheme.BUTTON_SMALL);
        button.addClickListener(e -> {
            change.run();
            show();
        });
        return button;
    }

    private static LocalDate today() {
        return LocalDate.now(Recurrences.ZONE);
    }

    /** The anchor a step back or forth: a day, a week, or a month of the user's calendar. */
    private LocalDate move(int steps) {
        return switch (mode) {
            case DAY -> anchor.plusDays(steps);
            case WEEK -> anchor.plusWeeks(steps);
            case MONTH -> {
                LocalDate first = monthStart(anchor);
                yield steps > 0 ? monthEnd(first).plusDays(1) : monthStart(first.minusDays(1));
            }
        };
    }

    private LocalDate monthStart(LocalDate day) {
        if (jalali) {
            JalaliDate date = JalaliDate.from(day);
            return JalaliDate.of(date.year(), date.month(), 1).toLocalDate();
        }
        return day.withDayOfMonth(1);
    }

    private LocalDate monthEnd(LocalDate first) {
        return jalali ? first.plusDays(JalaliDate.from(first).lengthOfMonth() - 1L) : YearMonth.from(first).atEndOfMonth();
    }

    private void show() {
        LocalDate from;
        LocalDate to;
        switch (mode) {
            case DAY -> {
                from = anchor;
                to = anchor.plusDays(1);
                title.setValue(context.format().dateLong(anchor));
            }
            case WEEK -> {
                from = anchor.with(TemporalAdjusters.previousOrSame(firstDay));
                to = from.plusDays(7);
                title.setValue(context.format().date(from) + " – " + context.format().date(to.minusDays(1)));
            }
            default -> {
                LocalDate first = monthStart(anchor);
                from = first.with(TemporalAdjusters.previousOrSame(firstDay));
                to = monthEnd(first).plusDays(1).with(TemporalAdjusters.nextOrSame(firstDay));
                title.setValue(monthTitle(first));
            }
        }
        Instant start = from.atStartOfDay(Recurrences.ZONE).toInstant();
        Instant end = to.atStartOfDay(Recurrences.ZONE).toInstant();
        Map<LocalDate, List<Occurrence>> byDay = context.call(() -> services.activities().calendar(context.caller(), start, end)).orElse(List.of())
                .stream().collect(Collectors.groupingBy(o -> o.start().atZone(Recurrences.ZONE).toLocalDate()));
        body.removeAllComponents();
        if (mode != Mode.DAY) {
            body.addComponent(weekdayHeader());
        }
        LocalDate month = monthStart(anchor);
        for (LocalDate weekStart = from; weekStart.isBefore(to); weekStart = weekStart.plusDays(mode == Mode.DAY ? 1 : 7)) {
            CssLayout week = new CssLayout();
            week.addStyleName("crm-cal-week");
            for (int i = 0; i < (mode == Mode.DAY ? 1 : 7); i++) {
                LocalDate day = weekStart.plusDays(i);
                boolean outside = mode == Mode.MONTH && !monthStart(day).equals(month);
                week.addComponent(cell(day, byDay.getOrDefault(day, List.of()), outside));
            }
            body.addComponent(week);
        }
    }

    private String monthTitle(LocalDate first) {
        Locale locale = context.caller().locale();
        if (jalali) {
            JalaliDate date = JalaliDate.from(first);
            return date.monthName(locale) + " " + context.format().digits(String.valueOf(date.year()));
        }
        return first.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + context.format().digits(String.valueOf(first.getYear()));
    }

    private CssLayout weekdayHeader() {
        CssLayout header = new CssLayout();
        header.addStyleName("crm-cal-week");
        for (int i = 0; i < 7; i++) {
            Label name = new Label(firstDay.plus(i).getDisplayName(TextStyle.FULL, context.caller().locale()));
            name.addStyleName("crm-cal-head");
            header.addComponent(name);
        }
        return header;
    }

    private CssLayout cell(LocalDate day, List<Occurrence> occurrences, boolean outside) {
        CssLayout cell = new CssLayout();
        cell.setId("cal-day-" + day);
        cell.addStyleName("crm-cal-day");
        if (mode != Mode.MONTH) {
            cell.addStyleName("crm-cal-tall");
        }
        if (outside) {
            cell.addStyleName("crm-cal-other");
        }
        if (day.equals(today())) {
            cell.addStyleName("crm-cal-today");
        }
        int number = jalali ? JalaliDate.from(day).day() : day.getDayOfMonth();
        Label label = new Label(context.format().digits(String.valueOf(number)));
        label.addStyleName("crm-cal-number");
        cell.addComponent(label);
        List<Button> items = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            String time = context.format().digits(occurrence.start().atZone(Recurrences.ZONE).toLocalTime().format(TIME));
            Button item = new Button(time + " " + occurrence.subject());
            item.setId("cal-item-" + occurrence.activityId() + "-" + occurrence.start().getEpochSecond());
            item.setDescription(context.messages().get("activities.kind." + occurrence.kind().name()) + ": " + occurrence.subject());
            item.addStyleNames("crm-cal-item", ValoTheme.BUTTON_SMALL);
            String style = ActivityStyles.of(occurrence.status(), occurrence.overdue());
            if (style != null) {
                item.addStyleName(style);
            }
            item.addClickListener(e -> open(occurrence.activityId()));
            items.add(item);
        }
        items.forEach(cell::addComponent);
        return cell;
    }

    private void open(long id) {
        context.call(() -> services.activities().get(context.caller(), id))
                .ifPresent(activity -> getUI().addWindow(new ActivityEditor(context, services, activity, null, this::show)));
    }
}
