package org.peyvand.module.accounts.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "accounts", name = "contact-list", description = "Lists contacts by last name, optionally those matching a search")
@Service
public class ContactListCommand extends CrmAction {

    @Reference
    ContactService contacts;

    @Option(name = "-q", aliases = "--query", description = "Search words (name, national code, mobile, email …)")
    String query;

    @Option(name = "-n", aliases = "--limit", description = "How many to show, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        Page<Contact> page = contacts.search(caller, RecordQuery.text(query), PageRequest.first(limit, ContactService.SORT_NAME, false));
        ShellTable table = new ShellTable();
        table.column(messages.get("accounts.contact.id"));
        table.column(messages.get("accounts.contact.fullName"));
        table.column(messages.get("accounts.contact.nationalCode"));
        table.column(messages.get("accounts.contact.mobile"));
        table.column(messages.get("accounts.contact.account"));
        for (Contact contact : page.items()) {
            table.addRow().addContent(contact.id(), contact.fullName(), ShellText.of(contact.nationalCode()),
                    ShellText.of(contact.mobile()), ShellText.of(contact.accountName()));
        }
        table.print(System.out);
        if (page.hasNext()) {
            System.out.println(messages.get("accounts.shell.more", page.items().size(), contacts.count(caller, RecordQuery.text(query))));
        }
    }
}
