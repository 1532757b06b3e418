package org.peyvand.module.accounts.internal.lookups;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordLookupProvider;

/** Lookup fields pointing at accounts find them by name. */
@Component(service = RecordLookupProvider.class, property = RecordLookupProvider.RECORD_TYPE + "=" + Permissions.ACCOUNT)
public class AccountLookupProvider extends NamedRecordLookup<Account> {

    @Activate
    public AccountLookupProvider(@Reference AccountService accounts) {
        super(Permissions.ACCOUNT_READ, (caller, text, limit) -> accounts.search(caller, RecordQuery.text(text),
                PageRequest.first(limit, AccountService.SORT_NAME, false)).items(), accounts::names, accounts::owner, Account::id, Account::name);
    }
}
