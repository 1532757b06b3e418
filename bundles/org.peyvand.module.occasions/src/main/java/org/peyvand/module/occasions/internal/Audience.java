package org.peyvand.module.occasions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.RecordQuery;
import org.peyvand.module.occasions.GreetingRecipient;
import org.peyvand.module.occasions.internal.jpa.AnniversaryEntity;
import org.peyvand.module.occasions.internal.jpa.OccasionRepository;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;

/**
 * Whom a plan greets, read a page at a time: on a birthday or anniversary plan the contacts whose date
 * comes round that day (by the anniversaries' index) at least a year on, otherwise every contact, in
 * both cases only those its owner may see now.
 */
final class Audience {
    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final ContactService contacts;

    Audience(Transactions tx, AccessGuard guard, RecordAccess access, ContactService contacts) {
        this.tx = tx;
        this.guard = guard;
        this.access = access;
        this.contacts = contacts;
    }

    /** Hands each page to {@code page} until it answers false or the audience is read. */
    void read(String occasion, Caller owner, LocalDate date, int pageSize, Predicate<List<GreetingRecipient>> page) {
        if (!guard.allows(owner, Permissions.CONTACT_READ)) {
            return;
        }
        String source = Catalog.source(occasion);
        if (source != null) {
            anniversaries(source, owner, date, pageSize, page);
        } else {
            everyone(owner, pageSize, page);
        }
    }

    /**
     * Anniversaries keep their contact's owner only, so an owner limited to some records greets the
     * anniversaries of their own contacts.
     */
    private void anniversaries(String source, Caller owner, LocalDate date, int pageSize, Predicate<List<GreetingRecipient>> page) {
        RecordScope scope = access.scope(owner, Permissions.CONTACT);
        String only = scope.unrestricted() ? null : owner.username();
        List<Integer> days = OccasionCalendar.monthDaysOn(date);
        // a date of this Jalali year or later is not yet a year old: it has no anniversary to greet
        LocalDate before = ContactDates.yearStart(date);
        long after = 0;
        while (true) {
            long from = after;
            List<AnniversaryEntity> rows = tx.read(em -> new OccasionRepository(em).anniversaries(source, days, before, only, from, pageSize));
            if (rows.isEmpty() || !page.test(rows.stream().map(a -> new GreetingRecipient(a.contactId(), a.name(), a.owner(),
                    ContactDates.years(a.since(), date))).toList()) || rows.size() < pageSize) {
                return;
            }
            after = rows.get(rows.size() - 1).contactId();
        }
    }

    private void everyone(Caller owner, int pageSize, Predicate<List<GreetingRecipient>> page) {
        PageRequest request = PageRequest.first(pageSize, ContactService.SORT_CREATED, false);
        while (true) {
            Page<Contact> read = contacts.search(owner, RecordQuery.ALL, request);
            if (read.items().isEmpty() || !page.test(read.items().stream().map(Audience::recipient).toList()) || read.nextCursor() == null) {
                return;
            }
            request = request.next(read.nextCursor());
        }
    }

    static GreetingRecipient recipient(Contact contact) {
        return new GreetingRecipient(contact.id(), contact.fullName(), contact.owner());
    }
}
