package org.peyvand.platform.shell.internal.form;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FormService;
import org.peyvand.platform.form.FormSummary;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "form-list", description = "Lists the forms and record types, with their published version")
@Service
public class FormListCommand extends CrmAction {

    @Reference(optional = true)
    FormService forms;

    @Override
    protected void run(Caller caller, Messages messages) {
        ShellTable table = new ShellTable();
        table.column(messages.get("form.shell.key"));
        table.column(messages.get("form.shell.kind"));
        table.column(messages.get("form.shell.module"));
        table.column(messages.get("form.shell.name"));
        table.column(messages.get("form.shell.version")).alignRight();
        table.column(messages.get("form.shell.customFields")).alignRight();
        for (FormSummary form : forms.list(caller)) {
            table.addRow().addContent(form.key(), form.kind().name().toLowerCase(Locale.ROOT), form.module() == null ? "" : form.module(),
                    form.label().in(messages.locale().getLanguage()), form.version(), form.customFields());
        }
        table.print(System.out);
    }
}
