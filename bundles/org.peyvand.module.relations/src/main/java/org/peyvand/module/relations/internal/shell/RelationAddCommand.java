package org.peyvand.module.relations.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.peyvand.module.relations.Link;
import org.peyvand.module.relations.LinkInput;
import org.peyvand.module.relations.RelationService;
import org.peyvand.module.relations.RelationType;
import org.peyvand.module.relations.internal.Params;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "relations", name = "add", description = "Adds a relationship from one account or contact to another, e.g. relations:add subsidiary-of account 12 account 7")
@Service
public class RelationAddCommand extends CrmAction {

    @Reference(optional = true)
    RelationService service;

    @Argument(index = 0, name = "type", required = true, description = "The relationship type's code (relations:types)")
    String type;

    @Argument(index = 1, name = "from-kind", required = true, description = "account or contact")
    @Completion(value = StringsCompleter.class, values = { "account", "contact" })
    String fromKind;

    @Argument(index = 2, name = "from-id", required = true, description = "The source record's id")
    long fromId;

    @Argument(index = 3, name = "to-kind", required = true, description = "account or contact")
    @Completion(value = StringsCompleter.class, values = { "account", "contact" })
    String toKind;

    @Argument(index = 4, name = "to-id", required = true, description = "The target record's id")
    long toId;

    @Option(name = "--start", description = "When it began: ISO (2025-03-21) or Jalali (1404/01/01)")
    String start;

    @Option(name = "--end", description = "When it ended: ISO or Jalali")
    String end;

    @Option(name = "--notes", description = "Notes")
    String notes;

    @Override
    protected void run(Caller caller, Messages messages) {
        // the type's code named here is the service's id: unknown codes are refused as the type field
        long typeId = service.types(caller).stream().filter(t -> t.code().equalsIgnoreCase(type.strip())).map(RelationType::id).findFirst()
                .orElseThrow(() -> ValidationException.of("typeId", "relations.error.unknownType"));
        Link link = service.create(caller, new LinkInput(typeId, Params.kind(fromKind, "fromKind"), fromId, Params.kind(toKind, "toKind"), toId,
                Params.date(start, "startDate"), Params.date(end, "endDate"), notes));
        System.out.println(messages.get("relations.shell.added", link.id()));
    }
}
