package org.peyvand.ui.shell.internal;

import java.util.List;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.Reminder;
import org.peyvand.platform.notification.ReminderService;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.CrmDateTimeField;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The caller's reminders on one record, those to come first, and a line to set another. */
final class RemindersPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient ReminderService reminders;
    private final RecordRef record;
    private final Grid<Reminder> grid = new Grid<>();

    RemindersPanel(UiContext context, ReminderService reminders, RecordRef record) {
        this.context = context;
        this.reminders = reminders;
        this.record = record;
        Messages messages = context.messages();
        setId("reminders");
        setCaption(messages.get("ui.reminders.tab"));
        setMargin(false);

        CrmDateTimeField at = new CrmDateTimeField(messages.get("ui.reminders.at"), context.format(), RecordRemindersTab.TEHRAN,
                messages.get("core.error.invalidDate"));
        at.setId("reminder-at");
        TextField note = new TextField(messages.get("ui.reminders.note"));
        note.setId("reminder-note");
        note.setMaxLength(ReminderService.NOTE_MAX);
        note.setWidth("24em");
        Button add = new Button(messages.get("ui.reminders.add"), VaadinIcons.ALARM);
        add.setId("reminder-add");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        add.addClickListener(e -> context.call(() -> reminders.add(context.caller(), at.getValue(), note.getValue(),
                NotificationLink.record(record.type(), record.id()))).ifPresent(added -> {
                    note.clear();
                    at.clear();
                    context.showSuccess(messages.get("ui.reminders.added", context.format().dateTime(added.at(), RecordRemindersTab.TEHRAN)));
                    reload();
                }));
        CssLayout line = new CssLayout(at, note, add);
        line.addStyleNames("crm-row", "crm-reminder-line");

        grid.setId("reminders-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(5);
        grid.addColumn(r -> context.format().dateTime(r.at(), RecordRemindersTab.TEHRAN)).setCaption(messages.get("ui.reminders.at"));
        grid.addColumn(Reminder::note).setCaption(messages.get("ui.reminders.note")).setExpandRatio(1);
        grid.addColumn(r -> messages.get(r.pending() ? "ui.reminders.pending" : "ui.reminders.delivered"))
                .setCaption(messages.get("ui.reminders.state"));
        grid.addComponentColumn(this::cancelButton).setCaption("");
        addComponents(line, grid);
        reload();
    }

    private Button cancelButton(Reminder reminder) {
        Button cancel = new Button(VaadinIcons.TRASH, e -> {
            if (context.run(() -> reminders.cancel(context.caller(), reminder.id()))) {
                reload();
            }
        });
        cancel.setId("reminder-cancel-" + reminder.id());
        cancel.setDescription(context.messages().get("ui.reminders.cancel"));
        cancel.addStyleNames(ValoTheme.BUTTON_BORDERLESS, ValoTheme.BUTTON_SMALL);
        return cancel;
    }

    private void reload() {
        List<Reminder> mine = context.call(() -> reminders.onRecord(context.caller(), record.type(), record.id())).orElse(List.of());
        grid.setItems(mine);
    }
}
