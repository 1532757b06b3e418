package org.peyvand.module.accounts.internal.search;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.search.SearchHit;
import org.peyvand.platform.search.SearchProvider;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;

/** Organisations in the global search, by the accounts search (name, national id; Persian-normalised, record scope applied). */
@Component(service = SearchProvider.class)
public class AccountSearch implements SearchProvider {
    private final AccountService accounts;
    private final AccessGuard guard;
    private final I18nService i18n;

    @Activate
    public AccountSearch(@Reference AccountService accounts, @Reference AccessGuard guard, @Reference I18nService i18n) {
        this.accounts = accounts;
        this.guard = guard;
        this.i18n = i18n;
    }

    @Override
    public List<SearchHit> search(Caller caller, String query, int limit) {
        if (!guard.allows(caller, Permissions.ACCOUNT_READ)) {
            return List.of();
        }
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        String label = i18n.messages(caller.locale()).get("accounts.menu.accounts");
        return accounts.search(caller, RecordQuery.text(query), PageRequest.first(limit, AccountService.SORT_NAME, false))
                .items().stream()
                .map(a -> new SearchHit(Permissions.ACCOUNT, label, String.valueOf(a.id()), a.name(),
                        a.nationalId() == null ? null : format.digits(a.nationalId())))
                .toList();
    }
}
