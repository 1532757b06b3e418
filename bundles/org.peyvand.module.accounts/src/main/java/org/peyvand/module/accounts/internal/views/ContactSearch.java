package org.peyvand.module.accounts.internal.views;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.ui.api.SearchHit;
import org.peyvand.ui.api.SearchProvider;

/** People in the workspace's global search. */
@Component(service = SearchProvider.class)
public class ContactSearch implements SearchProvider {
    private final ContactService contacts;
    private final AccessGuard guard;

    @Activate
    public ContactSearch(@Reference ContactService contacts, @Reference AccessGuard guard) {
        this.contacts = contacts;
        this.guard = guard;
    }

    @Override
    public List<SearchHit> search(Caller caller, String query, int limit) {
        if (!guard.allows(caller, Permissions.CONTACT_READ)) {
            return List.of();
        }
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        return contacts.search(caller, RecordQuery.text(query), PageRequest.first(limit, ContactService.SORT_NAME, false))
                .items().stream()
                .map(c -> new SearchHit(c.fullName(), c.accountName() != null ? c.accountName() : isolated(format.digits(c.mobile())),
                        "USER", ContactsView.ID, String.valueOf(c.id())))
                .toList();
    }

    /** A phone number keeps its left-to-right order inside a right-to-left sentence. */
    private static String isolated(String number) {
        return number.isEmpty() ? null : "\u2066" + number + "\u2069";
    }
}
