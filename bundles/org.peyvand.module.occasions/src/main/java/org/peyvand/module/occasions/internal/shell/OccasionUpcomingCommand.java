package org.peyvand.module.occasions.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.module.occasions.OccasionKind;
import org.peyvand.module.occasions.OccasionService;
import org.peyvand.module.occasions.UpcomingOccasion;
import org.peyvand.module.occasions.internal.Params;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "occasions", name = "upcoming", description = "Lists the occasions of the coming days, e.g. occasions:upcoming --days 14 1404/12/20")
@Service
public class OccasionUpcomingCommand extends CrmAction {

    @Reference(optional = true)
    OccasionService service;

    @Option(name = "-d", aliases = "--days", description = "How many days, at most 62")
    int days = 30;

    @Argument(index = 0, name = "from", description = "The first day, 2026-03-20 or Jalali 1404/12/29; today when left out")
    String from;

    @Override
    protected void run(Caller caller, Messages messages) {
        boolean fa = "fa".equals(caller.locale().getLanguage());
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        ShellTable table = new ShellTable();
        table.column(messages.get("occasions.field.date"));
        table.column(messages.get("occasions.field.occasion"));
        table.column(messages.get("occasions.field.name"));
        for (UpcomingOccasion o : service.upcoming(caller, Params.date(from, "from"), days)) {
            String name = fa ? o.nameFa() : o.nameEn();
            table.addRow().addContent(format.date(o.date()), o.occasion(),
                    o.kind() == OccasionKind.BIRTHDAY || o.kind() == OccasionKind.ANNIVERSARY ? messages.get("occasions.birthdays", name, format.number(o.count())) : name);
        }
        table.print(System.out);
    }
}
