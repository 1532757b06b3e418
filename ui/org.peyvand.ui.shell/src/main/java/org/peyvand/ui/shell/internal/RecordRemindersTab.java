package org.peyvand.ui.shell.internal;

import java.time.ZoneId;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.notification.ReminderService;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.RecordTab;
import org.peyvand.ui.api.UiContext;

/** A Reminders tab on the screen of every record: each user sets and sees only their own. */
@Component(service = RecordTab.class, property = RecordTab.ORDER + ":Integer=90")
public class RecordRemindersTab implements RecordTab {
    /** Reminder times are typed and read in Iran's time, as every other time in the workspace. */
    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private final ReminderService reminders;

    @Activate
    public RecordRemindersTab(@Reference ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public Optional<com.vaadin.ui.Component> create(UiContext context, RecordRef record) {
        if (record.id() == null || record.id().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new RemindersPanel(context, reminders, record));
    }
}
