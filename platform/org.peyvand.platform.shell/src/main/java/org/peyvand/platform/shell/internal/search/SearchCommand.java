package org.peyvand.platform.shell.internal.search;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.search.SearchGroup;
import org.peyvand.platform.search.SearchHit;
import org.peyvand.platform.search.SearchService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "search", description = "Searches the records of every installed module, such as crm:search \"پالایش نفت\"")
@Service
public class SearchCommand extends CrmAction {

    @Reference(optional = true)
    SearchService search;

    @Argument(index = 0, name = "query", required = true, description = "What to look for")
    String query;

    @Option(name = "--limit", description = "Hits per record type, at most 50")
    int limit = SearchService.DEFAULT_PER_TYPE;

    @Override
    protected void run(Caller caller, Messages messages) {
        List<SearchGroup> groups = search.search(caller, query, limit);
        if (groups.isEmpty()) {
            System.out.println(messages.get("shell.search.none"));
            return;
        }
        ShellTable table = new ShellTable();
        for (String column : List.of("type", "id", "title", "detail")) {
            table.column(messages.get("shell.search." + column));
        }
        for (SearchGroup group : groups) {
            for (SearchHit hit : group.hits()) {
                table.addRow().addContent(group.label() + " (" + group.recordType() + ")", hit.id(), hit.title(),
                        hit.detail() == null ? "" : hit.detail());
            }
        }
        table.print(System.out);
    }
}
