package org.peyvand.module.accounts.internal.lookups;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordLookupProvider;

/** Lookup fields pointing at people find them by name. */
@Component(service = RecordLookupProvider.class, property = RecordLookupProvider.RECORD_TYPE + "=" + Permissions.CONTACT)
public class ContactLookupProvider extends NamedRecordLookup<Contact> {

    @Activate
    public ContactLookupProvider(@Reference ContactService contacts) {
        super(Permissions.CONTACT_READ, (caller, text, limit) -> contacts.search(caller, RecordQuery.text(text),
                PageRequest.first(limit, ContactService.SORT_NAME, false)).items(), contacts::names, contacts::owner, Contact::id, Contact::fullName);
    }
}
