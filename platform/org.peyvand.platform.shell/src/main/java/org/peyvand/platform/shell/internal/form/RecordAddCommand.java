package org.peyvand.platform.shell.internal.form;

import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.CustomRecord;
import org.peyvand.platform.form.RecordService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.shell.internal.FieldPairs;

@Command(scope = "crm", name = "record-add", description = "Adds a record to a record type designed in the form designer")
@Service
public class RecordAddCommand extends CrmAction {

    @Reference(optional = true)
    RecordService records;

    @Argument(index = 0, name = "type", required = true, description = "The record type, such as custom.visit")
    String type;

    @Argument(index = 1, name = "values", multiValued = true, description = "field=value pairs; Jalali dates and Persian digits are accepted")
    List<String> values;

    @Override
    protected void run(Caller caller, Messages messages) {
        Map<String, Object> input = FieldPairs.parse(values);
        CustomRecord created = records.create(caller, type, input);
        System.out.println(messages.get("form.shell.recordAdded", type, created.id()));
    }
}
