package org.peyvand.module.accounts.internal.views;

import java.util.List;
import java.util.Optional;

import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.OptionLookup;

/** Offers accounts by name as the user types, for the account field of a person or a parent account. */
final class AccountLookup implements OptionLookup {
    private static final int MAX = 50;

    private final UiContext context;
    private final AccountService accounts;

    AccountLookup(UiContext context, AccountService accounts) {
        this.context = context;
        this.accounts = accounts;
    }

    @Override
    public List<Option> find(String filter, int limit) {
        return accounts.search(context.caller(), RecordQuery.text(filter),
                        PageRequest.first(Math.max(1, Math.min(limit, MAX)), AccountService.SORT_NAME, false))
                .items().stream().map(a -> new Option(a.id(), a.name())).toList();
    }

    @Override
    public Optional<Option> byValue(Object value) {
        try {
            var account = accounts.get(context.caller(), ((Number) value).longValue());
            return Optional.of(new Option(account.id(), account.name()));
        } catch (CrmException gone) {
            return Optional.empty();
        }
    }
}
