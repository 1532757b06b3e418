package org.peyvand.ui.admin.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.WorkingWeek;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.admin.internal.FieldErrorDisplay;
import org.peyvand.ui.admin.internal.ServiceCall;
import org.peyvand.ui.admin.internal.UnitPaths;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.UserError;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The working week of the chosen org unit: the hours it inherits from a parent unit, or its own, as
 * shifts to edit. Saving gives the unit its own; the organisation always keeps its own.
 */
final class WorkingWeekTab extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient BusinessCalendarService calendar;
    private final FieldErrorDisplay errors;
    private final ComboBox<Long> unit;
    private final Label state = new Label();
    private final VerticalLayout rows = new VerticalLayout();
    private final List<ShiftRow> shifts = new ArrayList<>();
    private final Button inherit;

    WorkingWeekTab(UiContext context, BusinessCalendarService calendar, OrgUnitService units) {
        this.context = context;
        this.calendar = calendar;
        this.errors = new FieldErrorDisplay(context.messages());
        addStyleName("crm-page");
        setSizeFull();
        Messages messages = context.messages();

        Map<Long, String> paths = Map.of();
        try {
            paths = UnitPaths.of(units.tree(context.caller()), messages.locale());
        } catch (RuntimeException e) {
            context.showError(e);
        }
        unit = UnitPaths.select(messages.get("admin.calendar.unit"), paths, messages.locale());
        unit.setId("week-unit");
        unit.setValue(OrgUnit.ROOT_ID);
        unit.addValueChangeListener(e -> load());
        state.setId("week-state");
        state.addStyleName("crm-muted");

        rows.setMargin(false);
        rows.setWidth("100%");
        rows.setId("week-shifts");
        errors.bind("shifts", rows);
        Button add = Buttons.of(messages.get("admin.calendar.addShift"), VaadinIcons.PLUS, e -> addRow(null));
        add.setId("week-add-shift");
        Button save = Buttons.of(messages.get("admin.calendar.saveWeek"), VaadinIcons.CHECK, e -> save());
        save.setId("week-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        inherit = Buttons.of(messages.get("admin.calendar.inherit"), VaadinIcons.LEVEL_UP, e -> inherit());
        inherit.setId("week-inherit");
        CssLayout buttons = new CssLayout(add, save, inherit);
        buttons.addStyleName("crm-row");
        addComponents(unit, state, rows, buttons);
        load();
    }

    private void load() {
        Long id = unit.getValue();
        if (id == null) {
            return;
        }
        try {
            show(calendar.week(context.caller(), id));
        } catch (RuntimeException e) {
            context.showError(e);
        }
    }

    private void show(WorkingWeek week) {
        errors.clear();
        rows.removeAllComponents();
        shifts.clear();
        week.shifts().forEach(this::addRow);
        state.setValue(context.messages().get(week.inherited() ? "admin.calendar.inherited" : "admin.calendar.own"));
        inherit.setEnabled(!week.inherited() && unit.getValue() != OrgUnit.ROOT_ID);
    }

    private void addRow(WorkingWeek.Shift shift) {
        ShiftRow row = new ShiftRow(shift);
        shifts.add(row);
        rows.addComponent(row.layout);
    }

    private void save() {
        List<WorkingWeek.Shift> week = new ArrayList<>();
        for (ShiftRow row : shifts) {
            row.shift().ifPresent(week::add);
        }
        if (week.size() < shifts.size()) {
            return;
        }
        long id = unit.getValue();
        ServiceCall.call(context, errors, () -> calendar.setWeek(context.caller(), id, new WorkingWeek(week, false))).ifPresent(set -> {
            context.showSuccess(context.messages().get("ui.saved"));
            show(set);
        });
    }

    private void inherit() {
        long id = unit.getValue();
        ServiceCall.call(context, errors, () -> calendar.setWeek(context.caller(), id, null)).ifPresent(set -> {
            context.showSuccess(context.messages().get("ui.saved"));
            show(set);
        });
    }

    /** One shift: its day, start and end, and a button that drops it. */
    private final class ShiftRow {
        private final ComboBox<DayOfWeek> day;
        private final TextField start;
        private final TextField end;
        private final CssLayout layout;

        ShiftRow(WorkingWeek.Shift shift) {
            Messages messages = context.messages();
            day = new ComboBox<>(messages.get("admin.calendar.day"), ShiftTimes.WEEK);
            day.setItemCaptionGenerator(d -> d.getDisplayName(TextStyle.FULL, messages.locale()));
            day.setEmptySelectionAllowed(false);
            day.setTextInputAllowed(false);
            start = time(messages.get("admin.calendar.start"), shift == null ? null : shift.start());
            end = time(messages.get("admin.calendar.end"), shift == null ? null : shift.end());
            day.setValue(shift == null ? DayOfWeek.SATURDAY : shift.day());
            Button drop = Buttons.of(messages.get("admin.action.remove"), VaadinIcons.CLOSE_SMALL, e -> drop());
            drop.addStyleName(ValoTheme.BUTTON_BORDERLESS);
            layout = new CssLayout(day, start, end, drop);
            layout.addStyleName("crm-row");
            int index = shifts.size();
            day.setId("week-day-" + index);
            start.setId("week-start-" + index);
            end.setId("week-end-" + index);
        }

        private void drop() {
            shifts.remove(this);
            rows.removeComponent(layout);
        }

        private TextField time(String caption, LocalTime value) {
            TextField field = new TextField(caption);
            field.setPlaceholder(context.format().digits("08:00"));
            field.setWidth("7em");
            field.addStyleName("crm-ltr");
            field.setValue(value == null ? "" : context.format().digits(value.toString()));
            return field;
        }

        /** The shift, or empty with its fields marked when a time is not one. */
        Optional<WorkingWeek.Shift> shift() {
            Optional<LocalTime> from = checked(start);
            Optional<LocalTime> to = checked(end);
            if (day.getValue() == null || from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new WorkingWeek.Shift(day.getValue(), from.get(), to.get()));
        }

        private Optional<LocalTime> checked(TextField field) {
            Optional<LocalTime> time = ShiftTimes.parse(field.getValue());
            field.setComponentError(time.isPresent() ? null : new UserError(context.messages().get("admin.calendar.invalidTime")));
            return time;
        }
    }
}
