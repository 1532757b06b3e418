package org.peyvand.platform.shell.internal.form;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormPermissions;
import org.peyvand.platform.form.FormService;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;
import org.peyvand.platform.shell.internal.ServerFile;

@Command(scope = "crm", name = "form-import", description = "Publishes the forms of a JSON document form-export wrote; all or none")
@Service
public class FormImportCommand extends CrmAction {
    /** A document of a hundred large forms stays well below this. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    @Reference(optional = true)
    AccessGuard guard;

    @Reference(optional = true)
    FormService forms;

    @Argument(index = 0, name = "file", required = true, description = "The JSON document")
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected void run(Caller caller, Messages messages) {
        // before the file is touched, so the server's files are no one's business but the permitted
        guard.require(caller, FormPermissions.DESIGN);
        Optional<String> json = ServerFile.read(file, MAX_BYTES, messages);
        if (json.isEmpty()) {
            return;
        }
        for (FormDefinition form : forms.importJson(caller, json.get())) {
            System.out.println(messages.get("form.shell.imported", form.key(), form.version()));
        }
    }
}
