package org.peyvand.module.visits.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.module.visits.Visit;
import org.peyvand.module.visits.VisitQuery;
import org.peyvand.module.visits.VisitService;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "visits", name = "list", description = "Lists customer visits, latest first, optionally of one account or with a purpose starting with the given words")
@Service
public class VisitListCommand extends CrmAction {

    @Reference(optional = true)
    VisitService service;

    @Option(name = "-q", aliases = "--query", description = "Words the purpose starts with")
    String query;

    @Option(name = "-a", aliases = "--account", description = "Only the visits to this account id")
    Long accountId;

    @Option(name = "-n", aliases = "--limit", description = "How many to show, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        Page<Visit> page = service.list(caller, new VisitQuery(query, accountId), PageRequest.first(limit, VisitService.SORT_DATE, true));
        // the date in the session language's calendar: Jalali in Persian
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        ShellTable table = new ShellTable();
        table.column(messages.get("visits.field.id"));
        table.column(messages.get("visits.field.visitDate"));
        table.column(messages.get("visits.field.accountId"));
        table.column(messages.get("visits.field.visitor"));
        table.column(messages.get("visits.field.purpose"));
        for (Visit visit : page.items()) {
            table.addRow().addContent(visit.id(), format.date(visit.visitDate()), visit.accountId(), visit.visitor(), visit.purpose());
        }
        table.print(System.out);
        if (page.hasNext()) {
            System.out.println(messages.get("visits.shell.more"));
        }
    }
}
