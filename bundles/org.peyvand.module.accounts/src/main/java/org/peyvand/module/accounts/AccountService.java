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
 * Organisations. Every method checks its permission ({@code accounts.account.<action>}) first.
 * Sorts: {@code name} and {@code createdAt}; pages are keyset-paged.
 */
@ProviderType
public interface AccountService {
    String SORT_NAME = "name";
    String SORT_CREATED = "createdAt";

    Page<Account> search(Caller caller, RecordQuery query, PageRequest page);

    long count(Caller caller, RecordQuery query);

    Account get(Caller caller, long id);

    /**
     * The names of those of these accounts the caller may see, by id, in a few reads however many
     * are asked for; the others are left out.
     */
    Map<Long, String> names(Caller caller, Collection<Long> ids);

    /** The owner of an account the caller may see, read without the rest of it; not found otherwise. */
    String owner(Caller caller, long id);

    Account create(Caller caller, AccountInput input, boolean confirmDuplicates);

    Account update(Caller caller, long id, AccountInput input, long expectedVersion);

    /**
     * Refused with a conflict while contacts or child accounts still belong to it, and while other
     * modules keep links to it ({@link org.peyvand.platform.form.RecordLinks}) unless {@code withLinks},
     * which removes them with it.
     */
    void delete(Caller caller, long id, boolean withLinks);

    /** Deletes an account nothing links to; see {@link #delete(Caller, long, boolean)}. */
    default void delete(Caller caller, long id) {
        delete(caller, id, false);
    }

    List<DuplicateMatch> findDuplicates(Caller caller, AccountInput input, Long excludeId);

    ImportResult importCsv(Caller caller, byte[] csv, Progress progress);

    void exportCsv(Caller caller, RecordQuery query, OutputStream out);
}
