package org.peyvand.module.relations.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.RelationService;
import org.peyvand.module.relations.RelationType;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "relations", name = "types", description = "Lists the relationship types with their names both ways and the records they join")
@Service
public class RelationTypesCommand extends CrmAction {

    @Reference(optional = true)
    RelationService service;

    @Override
    protected void run(Caller caller, Messages messages) {
        ShellTable table = new ShellTable();
        table.column(messages.get("relations.field.id"));
        table.column(messages.get("relations.field.code"));
        table.column(messages.get("relations.field.typeId"));
        table.column(messages.get("relations.field.fromKind"));
        table.column(messages.get("relations.field.toKind"));
        table.column(messages.get("relations.field.hierarchical"));
        for (RelationType type : service.types(caller)) {
            table.addRow().addContent(type.id(), type.code(), type.name(caller.locale(), false) + " / " + type.name(caller.locale(), true),
                    kind(messages, type.fromKind()), kind(messages, type.toKind()), type.hierarchical() ? "✓" : "");
        }
        table.print(System.out);
    }

    private static String kind(Messages messages, RecordKind kind) {
        return messages.get("relations.kind." + (kind == null ? "any" : kind.code()));
    }
}
