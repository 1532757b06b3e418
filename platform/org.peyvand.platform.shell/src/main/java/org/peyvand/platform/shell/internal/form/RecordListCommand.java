package org.peyvand.platform.shell.internal.form;

import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.FieldDefinition;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormService;
import org.peyvand.platform.form.RecordQuery;
import org.peyvand.platform.form.RecordService;
import org.peyvand.platform.form.ValueText;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "record-list", description = "Lists records of a record type designed in the form designer")
@Service
public class RecordListCommand extends CrmAction {

    @Reference(optional = true)
    RecordService records;

    @Reference(optional = true)
    FormService forms;

    @Argument(index = 0, name = "type", required = true, description = "The record type, such as custom.visit")
    String type;

    @Option(name = "-q", description = "Search words")
    String q;

    @Option(name = "--limit", description = "How many, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        var page = records.search(caller, type, new RecordQuery(q, Map.of()), PageRequest.first(limit, "createdAt", false));
        FormDefinition form = forms.get(caller, type);
        ShellTable table = new ShellTable();
        table.column("id").alignRight();
        String language = messages.locale().getLanguage();
        var columns = form.listColumns().isEmpty() ? form.customFields().stream().map(FieldDefinition::name).toList() : form.listColumns();
        columns.forEach(name -> table.column(form.field(name).map(f -> f.label().in(language)).orElse(name)));
        for (CustomRecord record : page.items()) {
            var row = table.addRow();
            row.addContent(record.id());
            columns.forEach(name -> row.addContent(ValueText.of(record.values().get(name))));
        }
        table.print(System.out);
    }
}
