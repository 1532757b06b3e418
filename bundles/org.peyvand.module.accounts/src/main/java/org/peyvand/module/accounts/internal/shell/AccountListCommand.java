package org.peyvand.module.accounts.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.Phone;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "accounts", name = "list", description = "Lists accounts in name order, optionally those matching a search")
@Service
public class AccountListCommand extends CrmAction {

    @Reference
    AccountService accounts;

    @Option(name = "-q", aliases = "--query", description = "Search words (name, national ID, phone, city …)")
    String query;

    @Option(name = "-n", aliases = "--limit", description = "How many to show, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        Page<Account> page = accounts.search(caller, RecordQuery.text(query), PageRequest.first(limit, AccountService.SORT_NAME, false));
        ShellTable table = new ShellTable();
        table.column(messages.get("accounts.account.id"));
        table.column(messages.get("accounts.account.name"));
        table.column(messages.get("accounts.account.nationalId"));
        table.column(messages.get("accounts.account.phone"));
        table.column(messages.get("accounts.account.city"));
        for (Account account : page.items()) {
            table.addRow().addContent(account.id(), account.name(), ShellText.of(account.nationalId()),
                    account.phones().stream().findFirst().map(Phone::number).orElse(""),
                    account.addresses().stream().findFirst().map(Address::city).map(ShellText::of).orElse(""));
        }
        table.print(System.out);
        if (page.hasNext()) {
            System.out.println(messages.get("accounts.shell.more", page.items().size(), accounts.count(caller, RecordQuery.text(query))));
        }
    }
}
