package org.peyvand.platform.shell.internal.form;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FormService;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "crm", name = "form-export", description = "Writes form definitions as one JSON document (all forms when none are named)")
@Service
public class FormExportCommand extends CrmAction {

    @Reference(optional = true)
    FormService forms;

    @Option(name = "--file", description = "Write to this file instead of the console")
    @Completion(FileCompleter.class)
    String file;

    @Argument(index = 0, name = "keys", multiValued = true, description = "The forms, such as accounts.contact")
    List<String> keys;

    @Override
    protected void run(Caller caller, Messages messages) {
        String json = forms.exportJson(caller, keys == null ? List.of() : keys);
        if (file == null) {
            System.out.println(json);
            return;
        }
        try {
            Files.writeString(Path.of(file), json, StandardCharsets.UTF_8);
            System.out.println(messages.get("form.shell.exported", file));
        } catch (IOException | RuntimeException e) {
            System.out.println(messages.get("form.shell.unwritableFile", file));
        }
    }
}
