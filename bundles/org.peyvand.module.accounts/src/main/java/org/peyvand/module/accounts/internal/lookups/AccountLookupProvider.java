package org.peyvand.module.accounts.internal.lookups;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.LookupHit;
import org.peyvand.platform.form.RecordLookupProvider;
import org.peyvand.platform.security.Caller;

/** Lookup fields pointing at accounts find them by name. */
@Component(property = RecordLookupProvider.RECORD_TYPE + "=" + Permissions.ACCOUNT)
public class AccountLookupProvider implements RecordLookupProvider {
    private final AccountService accounts;

    @Activate
    public AccountLookupProvider(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public String permission() {
        return Permissions.ACCOUNT_READ;
    }

    @Override
    public List<LookupHit> find(Caller caller, String text, int limit) {
        return accounts.search(caller, RecordQuery.text(text), PageRequest.first(limit, AccountService.SORT_NAME, false)).items().stream()
                .map(a -> new LookupHit(String.valueOf(a.id()), a.name())).toList();
    }

    @Override
    public Map<String, String> names(Caller caller, Collection<String> keys) {
        return StoredKeys.named(keys, id -> accounts.get(caller, id).name());
    }
}
