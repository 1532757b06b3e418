package org.peyvand.module.notes.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.module.notes.ListService;
import org.peyvand.module.notes.MarketingList;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "notes", name = "lists", description = "Lists the marketing lists you may read: your own, your scope's and those shared with you")
@Service
public class ListListCommand extends CrmAction {

    @Reference(optional = true)
    ListService service;

    @Option(name = "-t", aliases = "--type", description = "Only lists of this record type, e.g. accounts.account")
    String recordType;

    @Option(name = "-n", aliases = "--limit", description = "How many to show, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        Page<MarketingList> page = service.lists(caller, recordType, PageRequest.first(limit, null, false));
        ShellTable table = new ShellTable();
        table.column(messages.get("notes.field.id"));
        table.column(messages.get("notes.list.name"));
        table.column(messages.get("notes.list.recordType"));
        table.column(messages.get("notes.list.kind"));
        table.column(messages.get("notes.list.owner"));
        for (MarketingList list : page.items()) {
            table.addRow().addContent(list.id(), list.name(), list.recordType(), messages.get("notes.kind." + list.kind().name()), list.owner());
        }
        table.print(System.out);
        if (page.hasNext()) {
            System.out.println(messages.get("notes.shell.more"));
        }
    }
}
