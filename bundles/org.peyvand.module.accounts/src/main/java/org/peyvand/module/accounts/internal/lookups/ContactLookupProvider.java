package org.peyvand.module.accounts.internal.lookups;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.LookupHit;
import org.peyvand.platform.form.RecordLookupProvider;
import org.peyvand.platform.security.Caller;

/** Lookup fields pointing at people find them by name. */
@Component(property = RecordLookupProvider.RECORD_TYPE + "=" + Permissions.CONTACT)
public class ContactLookupProvider implements RecordLookupProvider {
    private final ContactService contacts;

    @Activate
    public ContactLookupProvider(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public String permission() {
        return Permissions.CONTACT_READ;
    }

    @Override
    public List<LookupHit> find(Caller caller, String text, int limit) {
        return contacts.search(caller, RecordQuery.text(text), PageRequest.first(limit, ContactService.SORT_NAME, false)).items().stream()
                .map(c -> new LookupHit(String.valueOf(c.id()), c.fullName())).toList();
    }

    @Override
    public Map<String, String> names(Caller caller, Collection<String> keys) {
        return StoredKeys.named(keys, id -> contacts.get(caller, id).fullName());
    }
}
