package org.peyvand.module.notes.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.module.notes.ListMember;
import org.peyvand.module.notes.ListService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "notes", name = "list-members", description = "Lists the members of a list by record id; a dynamic list's filter runs now")
@Service
public class ListMembersCommand extends CrmAction {

    @Reference(optional = true)
    ListService service;

    @Argument(index = 0, name = "list-id", required = true, description = "The list's id (notes:lists)")
    long listId;

    @Option(name = "-n", aliases = "--limit", description = "How many to show, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        Page<ListMember> page = service.members(caller, listId, PageRequest.first(limit, null, false));
        ShellTable table = new ShellTable();
        table.column(messages.get("notes.field.recordId"));
        table.column(messages.get("notes.field.recordName"));
        for (ListMember member : page.items()) {
            table.addRow().addContent(member.recordId(), member.name() == null ? "" : member.name());
        }
        table.print(System.out);
        if (page.hasNext()) {
            System.out.println(messages.get("notes.shell.more"));
        }
    }
}
