package org.peyvand.ui.kit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.format.DigitStyle;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.text.PersianText;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.GridLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** One Jalali month to pick a day from; the week starts on Saturday as in Iran. */
final class JalaliMonthCalendar extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final String[] WEEKDAYS_FA = {"ش", "ی", "د", "س", "چ", "پ", "ج"};
    private static final String[] WEEKDAYS_EN = {"Sa", "Su", "Mo", "Tu", "We", "Th", "Fr"};

    private final DisplayFormat format;
    private final Consumer<LocalDate> onPick;
    private final Label title = new Label();
    private final GridLayout days = new GridLayout(7, 7);
    private JalaliDate month;

    JalaliMonthCalendar(DisplayFormat format, LocalDate initial, Consumer<LocalDate> onPick) {
        this.format = format;
        this.onPick = onPick;
        addStyleName("crm-jalali-calendar");
        setMargin(false);
        setSpacing(false);
        boolean rtl = format.preferences().rightToLeft();
        Button previous = navigation(rtl ? VaadinIcons.ANGLE_RIGHT : VaadinIcons.ANGLE_LEFT, -1, "crm-calendar-previous");
        Button next = navigation(rtl ? VaadinIcons.ANGLE_LEFT : VaadinIcons.ANGLE_RIGHT, 1, "crm-calendar-next");
        HorizontalLayout header = new HorizontalLayout(previous, title, next);
        header.setWidth("100%");
        header.setExpandRatio(title, 1);
        title.addStyleName(ValoTheme.LABEL_BOLD);
        title.setWidthUndefined();
        header.setComponentAlignment(title, com.vaadin.ui.Alignment.MIDDLE_CENTER);
        addComponents(header, days);
        JalaliDate start = JalaliDate.from(initial == null ? LocalDate.now() : initial);
        show(JalaliDate.of(start.year(), start.month(), 1));
    }

    private Button navigation(VaadinIcons icon, int months, String id) {
        Button button = new Button(icon, e -> show(shift(month, months)));
        button.setId(id);
        button.addStyleNames(ValoTheme.BUTTON_BORDERLESS, ValoTheme.BUTTON_SMALL);
        return button;
    }

    private static JalaliDate shift(JalaliDate first, int months) {
        int index = first.year() * 12 + first.month() - 1 + months;
        return JalaliDate.of(index / 12, index % 12 + 1, 1);
    }

    private void show(JalaliDate first) {
        month = first;
        Locale locale = format.preferences().locale();
        title.setValue(first.monthName(locale) + " " + digits(String.valueOf(first.year())));
        days.removeAllComponents();
        String[] names = "fa".equals(locale.getLanguage()) ? WEEKDAYS_FA : WEEKDAYS_EN;
        for (int column = 0; column < 7; column++) {
            Label name = new Label(names[column]);
            name.addStyleName("crm-muted");
            days.addComponent(name, column, 0);
        }
        // Saturday = column 0
        int column = (first.toLocalDate().getDayOfWeek().getValue() - DayOfWeek.SATURDAY.getValue() + 7) % 7;
        int row = 1;
        LocalDate today = LocalDate.now();
        for (int day = 1; day <= first.lengthOfMonth(); day++) {
            LocalDate date = JalaliDate.of(first.year(), first.month(), day).toLocalDate();
            Button button = new Button(digits(String.valueOf(day)), e -> onPick.accept(date));
            button.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_BORDERLESS);
            if (date.equals(today)) {
                button.addStyleName("crm-today");
            }
            button.setId("crm-day-" + day);
            days.addComponent(button, column, row);
            column++;
            if (column == 7) {
                column = 0;
                row++;
            }
        }
    }

    private String digits(String latin) {
        return format.preferences().digits() == DigitStyle.PERSIAN ? PersianText.toPersianDigits(latin) : latin;
    }
}
