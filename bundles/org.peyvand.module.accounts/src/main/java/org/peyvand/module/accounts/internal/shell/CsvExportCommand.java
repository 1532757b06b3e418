package org.peyvand.module.accounts.internal.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "accounts", name = "export", description = "Writes contacts or accounts to a CSV file (UTF-8 with BOM, for Excel)")
@Service
public class CsvExportCommand extends CrmAction {

    @Reference
    AccessGuard guard;

    @Reference
    ContactService contacts;

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "kind", required = true, description = "contacts or accounts")
    @Completion(value = StringsCompleter.class, values = {RecordKind.CONTACTS, RecordKind.ACCOUNTS})
    String kind;

    @Argument(index = 1, name = "file", required = true, description = "The CSV file to write")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "-q", aliases = "--query", description = "Only the records matching these search words")
    String query;

    @Override
    protected void run(Caller caller, Messages messages) {
        if (!RecordKind.isKnown(kind)) {
            System.out.println(messages.get("accounts.shell.kind", kind));
            return;
        }
        // before a file is created on the server
        guard.require(caller, RecordKind.CONTACTS.equals(kind) ? Permissions.CONTACT_EXPORT : Permissions.ACCOUNT_EXPORT);
        try (OutputStream out = Files.newOutputStream(Path.of(file))) {
            if (RecordKind.CONTACTS.equals(kind)) {
                contacts.exportCsv(caller, RecordQuery.text(query), out);
            } else {
                accounts.exportCsv(caller, RecordQuery.text(query), out);
            }
        } catch (IOException | UncheckedIOException e) {
            System.out.println(messages.get("accounts.shell.unwritableFile", file));
            return;
        }
        System.out.println(messages.get("accounts.export.done", file));
    }
}
