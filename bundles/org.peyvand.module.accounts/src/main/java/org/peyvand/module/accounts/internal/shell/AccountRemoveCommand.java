package org.peyvand.module.accounts.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "accounts", name = "remove", description = "Deletes an account that no contact or child account uses; one with links only with --with-links")
@Service
public class AccountRemoveCommand extends CrmAction {

    @Reference
    AccountService accounts;

    @Option(name = "--with-links", description = "Also remove its relation links, notes and list memberships; without it, an account with links is refused and they are listed")
    boolean withLinks;

    @Argument(index = 0, name = "id", required = true, description = "Id of the account")
    long id;

    @Override
    protected void run(Caller caller, Messages messages) {
        Account account = accounts.get(caller, id);
        accounts.delete(caller, id, withLinks);
        System.out.println(messages.get("accounts.shell.removed", account.name(), id));
    }
}
