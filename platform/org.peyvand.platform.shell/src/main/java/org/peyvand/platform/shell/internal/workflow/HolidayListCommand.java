package org.peyvand.platform.shell.internal.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.Holiday;

@Command(scope = "crm", name = "holiday-list", description = "Lists the holidays of a Jalali year")
@Service
public class HolidayListCommand extends CrmAction {

    @Reference(optional = true)
    BusinessCalendarService calendar;

    @Argument(index = 0, name = "year", description = "Jalali year, such as 1405 (default: the current one)")
    Integer year;

    @Override
    protected void run(Caller caller, Messages messages) {
        int jalaliYear = year != null ? year : JalaliDate.from(LocalDate.now(ZoneId.of("Asia/Tehran"))).year();
        ShellTable table = new ShellTable();
        table.column(messages.get("calendar.shell.id")).alignRight();
        table.column(messages.get("calendar.shell.date"));
        table.column(messages.get("calendar.shell.gregorian"));
        table.column(messages.get("calendar.shell.weekday"));
        table.column(messages.get("calendar.shell.name"));
        table.column(messages.get("calendar.shell.lunar"));
        for (Holiday holiday : calendar.holidays(caller, jalaliYear)) {
            table.addRow().addContent(holiday.id(), JalaliDate.from(holiday.date()), holiday.date(),
                    holiday.date().getDayOfWeek().getDisplayName(TextStyle.FULL, messages.locale()),
                    "fa".equals(messages.locale().getLanguage()) ? holiday.nameFa() : holiday.nameEn(),
                    holiday.lunar() ? messages.get("calendar.shell.yes") : "");
        }
        table.print(System.out);
    }
}
