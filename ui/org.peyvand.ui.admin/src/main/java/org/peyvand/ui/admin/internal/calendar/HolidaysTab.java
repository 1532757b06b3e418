package org.peyvand.ui.admin.internal.calendar;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.Holiday;
import org.peyvand.ui.admin.internal.AdminGrids;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.admin.internal.Tehran;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.themes.ValoTheme;

/** The holidays of a Jalali year; calendar managers add and remove them. */
final class HolidaysTab extends CssLayout {
    private static final long serialVersionUID = 1L;
    private static final int YEARS_BACK = 2;
    private static final int YEARS_AHEAD = 2;

    private final transient UiContext context;
    private final transient BusinessCalendarService calendar;
    private final List<Integer> years;
    private final ComboBox<Integer> year;
    private final Grid<Holiday> grid = new Grid<>();
    private final Button remove;
    private transient List<Holiday> shown = List.of();

    HolidaysTab(UiContext context, BusinessCalendarService calendar) {
        this.context = context;
        this.calendar = calendar;
        addStyleName("crm-page");
        setSizeFull();
        Messages messages = context.messages();

        int current = JalaliDate.from(Tehran.today()).year();
        years = IntStream.rangeClosed(current - YEARS_BACK, current + YEARS_AHEAD).boxed().toList();
        year = new ComboBox<>(messages.get("admin.calendar.year"), years);
        year.setId("holidays-year");
        year.setItemCaptionGenerator(y -> context.format().digits(String.valueOf(y)));
        year.setEmptySelectionAllowed(false);
        year.setTextInputAllowed(false);
        year.setValue(current);
        year.addValueChangeListener(e -> refresh());
        Button add = Buttons.of(messages.get("admin.calendar.addHoliday"), VaadinIcons.PLUS, e -> add());
        add.setId("holidays-add");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        remove = Buttons.of(messages.get("admin.action.remove"), VaadinIcons.TRASH, e -> selected().ifPresent(this::confirmRemove));
        remove.setId("holidays-remove");
        remove.addStyleName(ValoTheme.BUTTON_DANGER);
        CssLayout toolbar = new CssLayout(year, add, remove);
        toolbar.addStyleName("crm-row");

        grid.addColumn(h -> context.format().date(h.date())).setId("date").setCaption(messages.get("admin.calendar.date"))
                .setStyleGenerator(h -> "crm-ltr");
        grid.addColumn(h -> h.date().getDayOfWeek().getDisplayName(TextStyle.FULL, messages.locale())).setId("weekday")
                .setCaption(messages.get("admin.calendar.weekday"));
        grid.addColumn(h -> "fa".equals(messages.locale().getLanguage()) ? h.nameFa() : h.nameEn()).setId("name")
                .setCaption(messages.get("admin.calendar.name"));
        grid.addColumn(h -> h.lunar() ? messages.get("admin.yes") : "").setId("lunar").setCaption(messages.get("admin.calendar.lunar"))
                .setDescriptionGenerator(h -> h.lunar() ? messages.get("admin.calendar.lunarHint") : null);
        AdminGrids.columnsAdded(grid, context.rightToLeft());
        grid.getColumn("name").setExpandRatio(3);
        grid.setId("holidays-grid");
        grid.setSizeFull();
        grid.addStyleName("crm-fill");
        grid.addSelectionListener(e -> remove.setEnabled(selected().isPresent()));
        addComponents(toolbar, grid);
        refresh();
    }

    private void refresh() {
        shown = List.of();
        try {
            shown = calendar.holidays(context.caller(), year.getValue());
        } catch (RuntimeException e) {
            context.showError(e);
        }
        grid.setItems(shown);
        remove.setEnabled(false);
    }

    /** Shows a holiday just added: its year, and the holiday selected and scrolled into sight. */
    private void reveal(Holiday holiday) {
        int itsYear = JalaliDate.from(holiday.date()).year();
        if (year.getValue() != itsYear && years.contains(itsYear)) {
            year.setValue(itsYear);
        }
        int index = shown.indexOf(holiday);
        if (index >= 0) {
            grid.select(holiday);
            grid.scrollTo(index);
        }
    }

    private Optional<Holiday> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void add() {
        HolidayDialog dialog = new HolidayDialog(context, calendar);
        dialog.addCloseListener(e -> {
            refresh();
            dialog.added().ifPresent(this::reveal);
        });
        getUI().addWindow(dialog);
    }

    private void confirmRemove(Holiday holiday) {
        Messages messages = context.messages();
        String name = "fa".equals(messages.locale().getLanguage()) ? holiday.nameFa() : holiday.nameEn();
        ConfirmDialog.ask(messages.get("ui.confirm.deleteTitle"),
                messages.get("admin.calendar.removeHoliday.question", name, context.format().dateLong(holiday.date())),
                messages.get("admin.action.remove"), messages.get("ui.action.cancel"), true, () -> {
                    try {
                        calendar.removeHoliday(context.caller(), holiday.id());
                        context.showSuccess(messages.get("ui.deleted"));
                    } catch (RuntimeException e) {
                        context.showError(e);
                    }
                    refresh();
                });
    }
}
