package ${package}.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import ${package}.${recordName};
import ${package}.${recordName}Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "${moduleId}", name = "list", description = "Lists ${nameEn} records in name order, optionally those whose name starts with the given words")
@Service
public class ${recordName}ListCommand extends CrmAction {

    @Reference(optional = true)
    ${recordName}Service service;

    @Option(name = "-q", aliases = "--query", description = "Words the name starts with")
    String query;

    @Option(name = "-n", aliases = "--limit", description = "How many to show, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        Page<${recordName}> page = service.list(caller, query, PageRequest.first(limit, ${recordName}Service.SORT_NAME, false));
        ShellTable table = new ShellTable();
        table.column(messages.get("${moduleId}.field.id"));
        table.column(messages.get("${moduleId}.field.name"));
        table.column(messages.get("${moduleId}.field.owner"));
        for (${recordName} row : page.items()) {
            table.addRow().addContent(row.id(), row.name(), row.owner());
        }
        table.print(System.out);
        if (page.hasNext()) {
            System.out.println(messages.get("${moduleId}.shell.more"));
        }
    }
}
