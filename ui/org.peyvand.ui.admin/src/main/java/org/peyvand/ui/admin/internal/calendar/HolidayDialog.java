package org.peyvand.ui.admin.internal.calendar;

import java.util.Optional;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.Holiday;
import org.peyvand.ui.admin.internal.AdminDialog;
import org.peyvand.ui.admin.internal.Fields;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.CrmDateField;

import com.vaadin.ui.CheckBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextField;

/** A new holiday: its date in the user's calendar, its names in both languages, and whether it is lunar. */
final class HolidayDialog extends AdminDialog {
    private static final long serialVersionUID = 1L;
    private static final int NAME_LENGTH = 100;

    private final transient BusinessCalendarService calendar;
    private final CrmDateField date;
    private final TextField nameFa;
    private final TextField nameEn;
    private final CheckBox lunar;
    private transient Holiday added;

    HolidayDialog(UiContext context, BusinessCalendarService calendar) {
        super(context, "admin.calendar.addHoliday", "holiday-dialog");
        this.calendar = calendar;
        Messages messages = context.messages();
        date = errors.bind("date", new CrmDateField(messages.get("admin.calendar.date"), context.format(),
                messages.get("core.error.invalidDate")));
        date.setId("holiday-date");
        date.setRequiredIndicatorVisible(true);
        nameFa = errors.bind("nameFa", Fields.text(messages.get("admin.calendar.nameFa"), "holiday-name-fa", NAME_LENGTH));
        nameFa.setRequiredIndicatorVisible(true);
        nameEn = errors.bind("nameEn", Fields.leftToRight(messages.get("admin.calendar.nameEn"), "holiday-name-en", NAME_LENGTH));
        nameEn.setRequiredIndicatorVisible(true);
        lunar = new CheckBox(messages.get("admin.calendar.lunarHint"));
        lunar.setId("holiday-lunar");
        show(new FormLayout(date, nameFa, nameEn, lunar), "ui.action.save", "holiday-save", false);
    }

    @Override
    protected void save() {
        if (!date.isInputValid()) {
            throw ValidationException.of("date", "core.error.invalidDate");
        }
        added = calendar.addHoliday(context.caller(), new Holiday(0, date.getValue(), nameFa.getValue(), nameEn.getValue(), lunar.getValue()));
    }

    /** The holiday saved, once the dialog has saved one. */
    Optional<Holiday> added() {
        return Optional.ofNullable(added);
    }
}
