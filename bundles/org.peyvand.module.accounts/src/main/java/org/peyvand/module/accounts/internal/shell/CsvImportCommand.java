package org.peyvand.module.accounts.internal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.ImportResult;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "accounts", name = "import", description = "Imports contacts or accounts from a CSV file (UTF-8 or Windows-1256)")
@Service
public class CsvImportCommand extends CrmAction {
    private static final int ERRORS_SHOWN = 20;

    @Reference
    AccessGuard guard;

    @Reference
    ContactService contacts;

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "kind", required = true, description = "contacts or accounts")
    @Completion(value = StringsCompleter.class, values = {RecordKind.CONTACTS, RecordKind.ACCOUNTS})
    String kind;

    @Argument(index = 1, name = "file", required = true, description = "The CSV file; its first row names the columns")
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected void run(Caller caller, Messages messages) {
        if (!RecordKind.isKnown(kind)) {
            System.out.println(messages.get("accounts.shell.kind", kind));
            return;
        }
        // before the file is touched, so the server's files are no one's business but the permitted
        guard.require(caller, RecordKind.CONTACTS.equals(kind) ? Permissions.CONTACT_IMPORT : Permissions.ACCOUNT_IMPORT);
        byte[] csv;
        try {
            csv = Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            System.out.println(messages.get("accounts.shell.unreadableFile", file));
            return;
        }
        Progress progress = new Progress() {
            @Override
            public void progress(int done, int total) {
                System.out.print("\r" + messages.get("accounts.import.progress", done, total));
                System.out.flush();
            }
        };
        ImportResult result = RecordKind.CONTACTS.equals(kind)
                ? contacts.importCsv(caller, csv, progress)
                : accounts.importCsv(caller, csv, progress);
        System.out.println();
        System.out.println(messages.get("accounts.import.summary", result.total(), result.imported(), result.failed()));
        result.errors().stream().limit(ERRORS_SHOWN).forEach(error -> error.fieldErrors().forEach(field ->
                System.out.println("  " + messages.get("accounts.import.rowError", error.row(), field.field(),
                        messages.get(field.messageKey(), field.args().toArray())))));
        if (result.errors().size() > ERRORS_SHOWN) {
            System.out.println("  …");
        }
    }
}
