package org.peyvand.module.activities.internal.views;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.peyvand.module.activities.Activity;
import org.peyvand.module.activities.ActivityInput;
import org.peyvand.module.activities.ActivityKind;
import org.peyvand.module.activities.ActivityService;
import org.peyvand.module.activities.ActivityStatus;
import org.peyvand.module.activities.Recurrence;
import org.peyvand.module.activities.internal.Permissions;
import org.peyvand.module.activities.internal.Recurrences;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FieldOption;
import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;
import org.peyvand.ui.kit.FormRenderer;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.RecordHistory;
import org.peyvand.ui.kit.RecordLookupOptions;
import org.peyvand.ui.kit.RecordTabs;
import org.peyvand.ui.kit.RenderedForm;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The form of one activity, new or stored: its kind, subject, due time in the user's calendar
 * (Jalali for Persian users), owner and rule; the record it is about with a link to it, or a note
 * when that record's module is not installed. A stored one has its history and referrals tabs, and
 * an open one is done (with the outcome typed) or cancelled here.
 */
final class ActivityEditor extends Window {
    private static final long serialVersionUID = 1L;
    private static final String NONE = "NONE";
    // named as the service's refusals name them, so each shows beside its field
    private static final String FREQUENCY = "recurrence.frequency";
    private static final String INTERVAL = "recurrence.interval";
    private static final String WEEKDAYS = "recurrence.weekdays";
    private static final String CALENDAR = "recurrence.calendar";
    private static final String COUNT = "recurrence.count";
    private static final String UNTIL = "recurrence.until";

    private final transient UiContext context;
    private final transient ViewServices services;
    private final Activity row;
    private final RecordRef regarding;
    private final RenderedForm form;
    private final ParticipantsField participants;
    private final Label problems = new Label();

    /**
     * @param row       the stored activity; {@code null} for a new one
     * @param regarding the record a new one is about (from a record's Activities tab); {@code null} otherwise
     */
    ActivityEditor(UiContext context, ViewServices services, Activity row, RecordRef regarding, Runnable closed) {
        super(context.messages().get(row == null ? "activities.new" : "activities.edit"));
        this.context = context;
        this.services = services;
        this.row = row;
        this.regarding = regarding;
        setId("activity-editor");
        setModal(true);
        setWidth("720px");
        addStyleName("crm-dialog");
        addCloseListener(e -> closed.run());

        Messages messages = context.messages();
        FormRenderer renderer = new FormRenderer(messages, context.format())
                .select("kind", "activities.field.kind", true, options("activities.kind.", ActivityKind.values()))
                .text("subject", "activities.field.subject", true, 200)
                .field(FieldDefinition.of("dueAt", FieldType.DATE_TIME, label("activities.field.dueAt")).withRequired(true))
                .digits("durationMinutes", "activities.field.durationMinutes", false, 5)
                .lookup("owner", "activities.field.owner", false, new RecordLookupOptions(context.caller(), services.lookups(), RecordLookups.USERS));
        if (row == null && regarding == null && services.lookups().types().contains(Permissions.ACCOUNT)) {
            renderer.lookup("regardingAccount", "activities.field.regarding", false,
                    new RecordLookupOptions(context.caller(), services.lookups(), Permissions.ACCOUNT));
        }
        renderer.select(FREQUENCY, "activities.field.recurrence", true, frequencies())
                .digits(INTERVAL, "activities.field.interval", false, 3)
                .field(FieldDefinition.of(WEEKDAYS, FieldType.MULTI_SELECT, label("activities.field.weekdays")).withOptions(weekdays()))
                .select(CALENDAR, "activities.field.calendar", false, calendars())
                .digits(COUNT, "activities.field.count", false, 3)
                .date(UNTIL, "activities.field.until", false)
                .longText("description", "activities.field.description", false, 4000);
        if (row != null && row.status() == ActivityStatus.OPEN) {
            renderer.longText("outcome", "activities.field.outcome", false, 2000);
        }
        form = renderer.render();
        participants = new ParticipantsField(context, services.lookups(), row == null ? List.of() : row.participants());
        Map<String, Object> values = new HashMap<>();
        if (row != null) {
            values.put("kind", row.kind());
            values.put("subject", row.subject());
            values.put("dueAt", row.dueAt());
            values.put("durationMinutes", row.durationMinutes());
            values.put("owner", row.owner());
            values.put(FREQUENCY, NONE);
            if (row.recurrence() != null) {
                Recurrence rule = row.recurrence();
                values.put(FREQUENCY, rule.frequency().name());
                values.put(INTERVAL, rule.interval());
                values.put(WEEKDAYS, rule.weekdays().stream().map(DayOfWeek::name).toList());
                values.put(CALENDAR, rule.calendar());
                values.put(COUNT, rule.count());
                values.put(UNTIL, rule.until());
            }
            values.put("description", row.description());
        } else {
            values.put("kind", ActivityKind.CALL);
            values.put("owner", context.caller().username());
            values.put(FREQUENCY, NONE);
        }
        form.setValues(values);
        Component details = details();
        setContent(row == null ? details : new VerticalLayout(RecordTabs.of(context, details,
                RecordHistory.of(context, services.audit(), Permissions.TYPE, row.id(), field -> messages.get("activities.field." + field)),
                new RecordRef(Permissions.TYPE, String.valueOf(row.id()), row.subject()))));
    }

    private LocalizedText label(String key) {
        String text = context.messages().get(key);
        return LocalizedText.of(text, text);
    }

    private List<Option> options(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> new Option(value, context.messages().get(prefix + value.name()))).toList();
    }

    /** The days of the week from the first of the user's calendar (Saturday for Jalali). */
    private List<FieldOption> weekdays() {
        DayOfWeek first = context.format().preferences().calendar() == CalendarSystem.JALALI ? DayOfWeek.SATURDAY : DayOfWeek.MONDAY;
        return IntStream.range(0, 7).mapToObj(first::plus).map(day -> {
            String name = day.getDisplayName(TextStyle.FULL, context.caller().locale());
            return new FieldOption(day.name(), LocalizedText.of(name, name));
        }).toList();
    }

    private List<Option> calendars() {
        return Arrays.stream(CalendarSystem.values()).map(calendar -> new Option(calendar, context.messages().get("activities.calendarSystem." + calendar.name())))
                .toList();
    }

    private List<Option> frequencies() {
        return Stream.concat(Stream.of(NONE), Arrays.stream(Recurrence.Frequency.values()).map(Enum::name))
                .map(name -> new Option(name, context.messages().get("activities.frequency." + name))).toList();
    }

    private VerticalLayout details() {
        Messages messages = context.messages();
        VerticalLayout body = new VerticalLayout();
        body.setWidth("100%");
        body.setMargin(false);
        RecordRef about = row != null && row.regardingType() != null ? new RecordRef(row.regardingType(), row.regardingId(), row.regardingTitle())
                : regarding;
        if (about != null) {
            body.addComponent(regardingLine(about));
        }
        if (row != null) {
            String state = messages.get("activities.status." + row.status().name()) + (row.overdue() ? " · " + messages.get("activities.overdue") : "")
                    + (row.outcome() == null ? "" : " · " + row.outcome());
            Label status = new Label(messages.get("activities.field.status") + ": " + state);
            status.setId("activity-status");
            if (row.overdue()) {
                status.addStyleName("crm-field-error");
            }
            body.addComponent(status);
        }
        problems.addStyleName("crm-field-error");
        problems.setContentMode(ContentMode.PREFORMATTED);
        problems.setVisible(false);
        body.addComponents(form.layout(), participants, problems, buttons());
        return body;
    }

    /**
     * The record the activity is about: its name with a link to its screen, or why it cannot be
     * shown. An activity about a record of a module that left still opens and says so.
     */
    private Component regardingLine(RecordRef about) {
        Messages messages = context.messages();
        boolean installed = row == null || row.regardingInstalled();
        CssLayout line = new CssLayout();
        line.addStyleName("crm-row");
        line.setId("activity-regarding");
        line.addComponent(new Label(messages.get("activities.field.regarding") + ":"));
        if (!installed) {
            Label missing = new Label(messages.get("activities.regarding.notInstalled", about.type()));
            missing.setId("activity-regarding-missing");
            missing.addStyleName("crm-field-error");
            line.addComponent(missing);
        } else if (about.title() == null) {
            line.addComponent(new Label(messages.get("activities.regarding.hidden")));
        } else if (context.opens(about.type())) {
            Button open = new Button(about.title(), VaadinIcons.EXTERNAL_LINK);
            open.setId("activity-regarding-open");
            open.setDescription(messages.get("activities.regarding.open"));
            open.addStyleName(ValoTheme.BUTTON_LINK);
            open.addClickListener(e -> {
                close();
                context.openRecord(about.type(), about.id());
            });
            line.addComponent(open);
        } else {
            line.addComponent(new Label(about.title()));
        }
        return line;
    }

    private CssLayout buttons() {
        Messages messages = context.messages();
        Button save = new Button(messages.get("ui.action.save"), e -> save());
        save.setId("editor-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(messages.get("ui.action.cancel"), e -> close());
        cancel.setId("editor-cancel");
        CssLayout buttons = new CssLayout(save, cancel);
        buttons.addStyleName("crm-row");
        if (row != null && row.status() == ActivityStatus.OPEN) {
            Button done = new Button(messages.get("activities.action.complete"), VaadinIcons.CHECK);
            done.setId("activity-complete");
            done.addStyleName(ValoTheme.BUTTON_FRIENDLY);
            done.addClickListener(e -> complete());
            Button stop = new Button(messages.get("activities.action.cancel"), VaadinIcons.BAN);
            stop.setId("activity-cancel");
            stop.addClickListener(e -> run(() -> {
                services.activities().cancel(context.caller(), row.id(), row.version());
                context.showSuccess(messages.get("activities.cancelled"));
            }));
            buttons.addComponents(done, stop);
        }
        if (row != null) {
            Button delete = new Button(messages.get("ui.action.delete"), e -> confirmDelete());
            delete.setId("editor-delete");
            delete.addStyleName(ValoTheme.BUTTON_DANGER);
            buttons.addComponent(delete);
        }
        return buttons;
    }

    private void save() {
        if (form.invalidInput().isPresent()) {
            showProblems(List.of(form.invalidInput().get() + ": " + context.messages().get("core.error.invalidDate")));
            return;
        }
        try {
            ActivityInput input = input(form.values());
            if (row == null) {
                services.activities().create(context.caller(), input);
            } else {
                services.activities().update(context.caller(), row.id(), input, row.version());
            }
            context.showSuccess(context.messages().get("ui.saved"));
            close();
        } catch (ValidationException invalid) {
            showProblems(form.showErrors(invalid.fieldErrors()));
        } catch (RuntimeException failure) {
            context.showError(failure);
        }
    }

    private void complete() {
        Messages messages = context.messages();
        run(() -> {
            ActivityService.Completion done = services.activities().complete(context.caller(), row.id(), (String) form.values().get("outcome"),
                    row.version());
            context.showSuccess(done.next() == null ? messages.get("activities.completed")
                    : messages.get("activities.completed.next", context.format().dateTime(done.next().dueAt(), Recurrences.ZONE)));
        });
    }

    private void run(Runnable change) {
        try {
            change.run();
            close();
        } catch (ValidationException invalid) {
            showProblems(form.showErrors(invalid.fieldErrors()));
        } catch (RuntimeException failure) {
            context.showError(failure);
        }
    }

    private ActivityInput input(Map<String, Object> values) {
        String frequency = (String) values.get(FREQUENCY);
        Recurrence rule = frequency == null || NONE.equals(frequency) ? null
                : new Recurrence(Recurrence.Frequency.valueOf(frequency), number(values.get(INTERVAL), INTERVAL), weekdays(values.get(WEEKDAYS)),
                        (CalendarSystem) values.get(CALENDAR), (LocalDate) values.get(UNTIL), number(values.get(COUNT), COUNT));
        String type;
        String id;
        if (row != null) {
            type = row.regardingType();
            id = row.regardingId();
        } else if (regarding != null) {
            type = regarding.type();
            id = regarding.id();
        } else {
            Object account = values.get("regardingAccount");
            type = account == null ? null : Permissions.ACCOUNT;
            id = account == null ? null : String.valueOf(account);
        }
        return new ActivityInput((ActivityKind) values.get("kind"), (String) values.get("subject"), (String) values.get("description"), type, id,
                participants.codes(), (String) values.get("owner"), (Instant) values.get("dueAt"), number(values.get("durationMinutes"), "durationMinutes"),
                rule);
    }

    private static Set<DayOfWeek> weekdays(Object picked) {
        return picked instanceof Collection<?> days ? days.stream().map(day -> DayOfWeek.valueOf(String.valueOf(day))).collect(Collectors.toSet())
                : Set.of();
    }

    /** A number typed in any digits; anything else is refused naming the field, as the service would. */
    private static Integer number(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(PersianText.toLatinDigits(value.toString()).strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(List.of(FieldError.of(field, "core.error.invalidNumber")));
        }
    }

    private void showProblems(List<String> lines) {
        problems.setValue(String.join("\n", lines));
        problems.setVisible(!lines.isEmpty());
    }

    private void confirmDelete() {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("ui.confirm.deleteTitle"), messages.get("activities.confirm.delete") + " " + row.subject(),
                messages.get("ui.action.delete"), messages.get("ui.action.cancel"), true, () -> {
                    try {
                        services.activities().delete(context.caller(), row.id());
                        context.showSuccess(messages.get("ui.deleted"));
                        close();
                    } catch (RuntimeException failure) {
                        context.showError(failure);
                    }
                });
    }
}
