package org.peyvand.module.occasions.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.module.occasions.CompanyEvent;
import org.peyvand.module.occasions.DateField;
import org.peyvand.module.occasions.OccasionService;
import org.peyvand.module.occasions.OfficialOccasion;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "occasions", name = "list", description = "Lists what a greeting plan can name: official occasions, company events, birthdays and the contact form's date fields")
@Service
public class OccasionListCommand extends CrmAction {

    @Reference(optional = true)
    OccasionService service;

    @Override
    protected void run(Caller caller, Messages messages) {
        boolean fa = "fa".equals(caller.locale().getLanguage());
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        ShellTable table = new ShellTable();
        table.column(messages.get("occasions.field.occasion"));
        table.column(messages.get("occasions.field.name"));
        table.column(messages.get("occasions.field.when"));
        table.column(messages.get("occasions.field.enabled"));
        for (OfficialOccasion o : service.officialOccasions(caller)) {
            String when = messages.get(o.lunar() ? "occasions.when.lunar" : "occasions.when.solar", o.month(), o.day(), o.correction());
            table.addRow().addContent(OccasionService.OFFICIAL_PREFIX + o.code(), fa ? o.nameFa() : o.nameEn(), when,
                    messages.get(o.enabled() ? "occasions.yes" : "occasions.no"));
        }
        for (CompanyEvent e : service.companyEvents(caller)) {
            String when = e.yearly() ? messages.get("occasions.when.solar", e.month(), e.day(), 0) : format.date(e.date());
            table.addRow().addContent(OccasionService.COMPANY_PREFIX + e.id(), fa ? e.nameFa() : e.nameEn(), when, messages.get("occasions.yes"));
        }
        table.addRow().addContent(OccasionService.BIRTHDAY, messages.get("occasions.kind.BIRTHDAY"), messages.get("occasions.when.contactDate"),
                messages.get("occasions.yes"));
        for (DateField field : service.dateFields(caller)) {
            table.addRow().addContent(OccasionService.ANNIVERSARY_PREFIX + field.name(), fa ? field.labelFa() : field.labelEn(),
                    messages.get("occasions.when.contactDate"), messages.get("occasions.yes"));
        }
        table.print(System.out);
    }
}
