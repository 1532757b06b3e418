package org.peyvand.module.accounts.internal.views;

import java.util.List;
import java.util.Optional;

import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.OptionLookup;

/** Offers people by name as the user types, for custom fields that point at a person. */
final class ContactLookup implements OptionLookup {
    private static final int MAX = 50;

    private final UiContext context;
    private final ContactService contacts;

    ContactLookup(UiContext context, ContactService contacts) {
        this.context = context;
        this.contacts = contacts;
    }

    @Override
    public List<Option> find(String filter, int limit) {
        return contacts.search(context.caller(), RecordQuery.text(filter),
                        PageRequest.first(Math.max(1, Math.min(limit, MAX)), ContactService.SORT_NAME, false))
                .items().stream().map(c -> new Option(c.id(), c.fullName())).toList();
    }

    @Override
    public Optional<Option> byValue(Object value) {
        try {
            var contact = contacts.get(context.caller(), ((Number) value).longValue());
            return Optional.of(new Option(contact.id(), contact.fullName()));
        } catch (CrmException gone) {
            return Optional.empty();
        }
    }
}
