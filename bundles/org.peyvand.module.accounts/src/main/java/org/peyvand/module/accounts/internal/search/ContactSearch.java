package org.peyvand.module.accounts.internal.search;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.search.SearchHit;
import org.peyvand.platform.search.SearchProvider;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;

/** People in the global search, by the contacts search (names, mobile; Persian-normalised, record scope applied). */
@Component(service = SearchProvider.class)
public class ContactSearch implements SearchProvider {
    private final ContactService contacts;
    private final AccessGuard guard;
    private final I18nService i18n;

    @Activate
    public ContactSearch(@Reference ContactService contacts, @Reference AccessGuard guard, @Reference I18nService i18n) {
        this.contacts = contacts;
        this.guard = guard;
        this.i18n = i18n;
    }

    @Override
    public List<SearchHit> search(Caller caller, String query, int limit) {
        if (!guard.allows(caller, Permissions.CONTACT_READ)) {
            return List.of();
        }
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        String label = i18n.messages(caller.locale()).get("accounts.menu.contacts");
        return contacts.search(caller, RecordQuery.text(query), PageRequest.first(limit, ContactService.SORT_NAME, false))
                .items().stream()
                .map(c -> new SearchHit(Permissions.CONTACT, label, String.valueOf(c.id()), c.fullName(),
                        c.accountName() != null ? c.accountName() : isolated(format.digits(c.mobile()))))
                .toList();
    }

    /** A phone number keeps its left-to-right order inside a right-to-left sentence. */
    private static String isolated(String number) {
        return number.isEmpty() ? null : "\u2066" + number + "\u2069";
    }
}
