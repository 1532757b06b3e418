package org.peyvand.module.accounts;

import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.security.Caller;

/**
 * People. Every method checks its permission ({@code accounts.contact.<action>}) for the caller
 * first, then validates; faces only parse and render. Sorts: {@code name} (last, first) and
 * {@code createdAt}; pages are keyset-paged.
 */
@ProviderType
public interface ContactService {
    String SORT_NAME = "name";
    String SORT_CREATED = "createdAt";

    Page<Contact> search(Caller caller, RecordQuery query, PageRequest page);

    long count(Caller caller, RecordQuery query);

    /**
     * How many contacts the caller may see work at each of the accounts, by account id, in one
     * grouped query however many accounts are asked about; accounts without any are left out.
     */
    Map<Long, Long> countByAccount(Caller caller, Collection<Long> accountIds);

    Contact get(Caller caller, long id);

    /**
     * The full names of those of these contacts the caller may see, by id, in a few reads however
     * many are asked for; the others are left out.
     */
    Map<Long, String> names(Caller caller, Collection<Long> ids);

    /** The owner of a contact the caller may see, read without the rest of it; not found otherwise. */
    String owner(Caller caller, long id);

    /**
     * @throws DuplicateWarningException when others share the mobile or email and
     *         {@code confirmDuplicates} is false
     */
    Contact create(Caller caller, ContactInput input, boolean confirmDuplicates);

    /** @param expectedVersion the version the user edited; a newer stored one is a conflict */
    Contact update(Caller caller, long id, ContactInput input, long expectedVersion);

    /**
     * Refused with a conflict while other modules keep links to the contact
     * ({@link org.peyvand.platform.form.RecordLinks}) unless {@code withLinks}, which removes them with it.
     */
    void delete(Caller caller, long id, boolean withLinks);

    /** Deletes a contact nothing links to; see {@link #delete(Caller, long, boolean)}. */
    default void delete(Caller caller, long id) {
        delete(caller, id, false);
    }

    List<DuplicateMatch> findDuplicates(Caller caller, ContactInput input, Long excludeId);

    /** CSV (UTF-8 with or without BOM, or Windows-1256) with a header row naming the columns. */
    ImportResult importCsv(Caller caller, byte[] csv, Progress progress);

    /** Writes every contact matching {@code query} as UTF-8 CSV with a BOM, in name order. */
    void exportCsv(Caller caller, RecordQuery query, OutputStream out);
}
