package org.peyvand.module.accounts.internal.views;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.ui.api.SearchHit;
import org.peyvand.ui.api.SearchProvider;

/** Organisations in the workspace's global search. */
@Component(service = SearchProvider.class)
public class AccountSearch implements SearchProvider {
    private final AccountService accounts;
    private final AccessGuard guard;

    @Activate
    public AccountSearch(@Reference AccountService accounts, @Reference AccessGuard guard) {
        this.accounts = accounts;
        this.guard = guard;
    }

    @Override
    public List<SearchHit> search(Caller caller, String query, int limit) {
        if (!guard.allows(caller, Permissions.ACCOUNT_READ)) {
            return List.of();
        }
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        return accounts.search(caller, RecordQuery.text(query), PageRequest.first(limit, AccountService.SORT_NAME, false))
                .items().stream()
                .map(a -> new SearchHit(a.name(), a.nationalId() == null ? null : format.digits(a.nationalId()), "BUILDING",
                        AccountsView.ID, String.valueOf(a.id())))
                .toList();
    }
}
