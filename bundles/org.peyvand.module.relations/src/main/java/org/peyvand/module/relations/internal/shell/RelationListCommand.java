package org.peyvand.module.relations.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.module.relations.RelatedLink;
import org.peyvand.module.relations.RelationService;
import org.peyvand.module.relations.internal.Params;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "relations", name = "list", description = "Lists the relationships of an account or contact, both ways, each named as read from it")
@Service
public class RelationListCommand extends CrmAction {

    @Reference(optional = true)
    RelationService service;

    @Argument(index = 0, name = "kind", required = true, description = "account or contact")
    @Completion(value = StringsCompleter.class, values = { "account", "contact" })
    String kind;

    @Argument(index = 1, name = "id", required = true, description = "The record's id")
    long id;

    @Option(name = "-n", aliases = "--limit", description = "How many to show, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        Page<RelatedLink> page = service.linksOf(caller, Params.kind(kind, "kind"), id, PageRequest.first(limit, null, false));
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        ShellTable table = new ShellTable();
        table.column(messages.get("relations.field.id"));
        table.column(messages.get("relations.field.typeId"));
        table.column(messages.get("relations.field.other"));
        table.column(messages.get("relations.field.startDate"));
        table.column(messages.get("relations.field.endDate"));
        for (RelatedLink item : page.items()) {
            String other = messages.get("relations.kind." + item.other().kind().code()) + " " + item.other().id()
                    + (item.otherName() == null ? "" : " " + item.otherName());
            table.addRow().addContent(item.link().id(), item.name(), other,
                    item.link().startDate() == null ? "" : format.date(item.link().startDate()),
                    item.link().endDate() == null ? "" : format.date(item.link().endDate()));
        }
        table.print(System.out);
        if (page.hasNext()) {
            System.out.println(messages.get("relations.shell.more"));
        }
    }
}
