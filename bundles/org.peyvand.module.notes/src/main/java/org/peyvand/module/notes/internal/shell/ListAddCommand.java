package org.peyvand.module.notes.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.module.notes.ListService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "notes", name = "list-add", description = "Adds records to a static list by id, e.g. notes:list-add 51 12 13 14")
@Service
public class ListAddCommand extends CrmAction {

    @Reference(optional = true)
    ListService service;

    @Argument(index = 0, name = "list-id", required = true, description = "The list's id (notes:lists)")
    long listId;

    @Argument(index = 1, name = "record-ids", required = true, multiValued = true, description = "The records' ids")
    List<Long> recordIds;

    @Override
    protected void run(Caller caller, Messages messages) {
        System.out.println(messages.get("notes.shell.membersAdded", service.addMembers(caller, listId, recordIds)));
    }
}
