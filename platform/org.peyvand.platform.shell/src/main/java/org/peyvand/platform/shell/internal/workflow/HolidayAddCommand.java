package org.peyvand.platform.shell.internal.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.calendar.JalaliDate;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.peyvand.platform.workflow.Holiday;

@Command(scope = "crm", name = "holiday-add", description = "Adds a holiday on a Jalali date")
@Service
public class HolidayAddCommand extends CrmAction {

    @Reference(optional = true)
    BusinessCalendarService calendar;

    @Argument(index = 0, name = "date", required = true, description = "Jalali date, yyyy/mm/dd, such as 1405/09/10")
    String date;

    @Argument(index = 1, name = "name-fa", required = true, description = "Name in Persian")
    String nameFa;

    @Argument(index = 2, name = "name-en", required = true, description = "Name in English")
    String nameEn;

    @Option(name = "--lunar", description = "The holiday follows the lunar calendar, so moves from year to year")
    boolean lunar;

    @Override
    protected void run(Caller caller, Messages messages) {
        Holiday added = calendar.addHoliday(caller, new Holiday(0, jalali(date), nameFa, nameEn, lunar));
        System.out.println(messages.get("calendar.shell.holidayAdded", added.id(), JalaliDate.from(added.date()),
                "fa".equals(messages.locale().getLanguage()) ? added.nameFa() : added.nameEn()));
    }

    /** No date for text that is none: the service then refuses the date, after checking the caller may add holidays at all. */
    private static LocalDate jalali(String text) {
        try {
            return JalaliDate.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
