package org.peyvand.module.occasions.internal;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.DuplicateMatch;
import org.peyvand.module.accounts.ImportResult;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.security.Caller;

/**
 * Contacts in memory, read as the accounts module reads them: every contact for an unrestricted
 * caller, a caller's own otherwise ({@link #restricted}), keyset-paged by id; and counted reads.
 */
final class KnownContacts implements ContactService {
    private final Map<Long, Contact> contacts = new TreeMap<>();
    private final java.util.Set<String> restricted = new java.util.HashSet<>();
    int searches;

    Contact add(long id, String first, String last, LocalDate birthDate, String owner) {
        return add(id, first, last, birthDate, owner, Map.of());
    }

    /** @param custom the contact's custom field values by field name */
    Contact add(long id, String first, String last, LocalDate birthDate, String owner, Map<String, Object> custom) {
        Contact contact = new Contact(id, first, last, null, null, null, birthDate, null, null, null, owner, Instant.EPOCH, Instant.EPOCH, 0,
                custom);
        contacts.put(id, contact);
        return contact;
    }

    void remove(long id) {
        contacts.remove(id);
    }

    KnownContacts restrict(String username) {
        restricted.add(username);
        return this;
    }

    @Override
    public Page<Contact> search(Caller caller, RecordQuery query, PageRequest page) {
        searches++;
        long after = page.cursor() == null ? 0 : Long.parseLong(page.cursor());
        List<Contact> rows = contacts.values().stream().filter(c -> c.id() > after)
                .filter(c -> !restricted.contains(caller.username()) || caller.username().equals(c.owner())).limit(page.limit() + 1L).toList();
        boolean more = rows.size() > page.limit();
        List<Contact> shown = more ? rows.subList(0, page.limit()) : rows;
        return new Page<>(shown, more ? String.valueOf(shown.get(shown.size() - 1).id()) : null);
    }

    @Override
    public Contact get(Caller caller, long id) {
        Contact contact = contacts.get(id);
        if (contact == null) {
            throw new NotFoundException("accounts.error.contactNotFound", id);
        }
        return contact;
    }

    @Override
    public long count(Caller caller, RecordQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<Long, Long> countByAccount(Caller caller, Collection<Long> accountIds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Contact create(Caller caller, ContactInput input, boolean confirmDuplicates) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<Long, String> names(Caller caller, Collection<Long> ids) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String owner(Caller caller, long id) {
        return get(caller, id).owner();
    }

    @Override
    public Contact update(Caller caller, long id, ContactInput input, long expectedVersion) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(Caller caller, long id, boolean withLinks) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<DuplicateMatch> findDuplicates(Caller caller, ContactInput input, Long excludeId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImportResult importCsv(Caller caller, byte[] csv, Progress progress) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void exportCsv(Caller caller, RecordQuery query, OutputStream out) {
        throw new UnsupportedOperationException();
    }
}
