package org.peyvand.module.accounts;

import java.io.OutputStream;
import java.util.List;

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

    Account create(Caller caller, AccountInput input, boolean confirmDuplicates);

    Account update(Caller caller, long id, AccountInput input, long expectedVersion);

    /** Refused with a conflict while contacts or child accounts still link to it. */
    void delete(Caller caller, long id);

    List<DuplicateMatch> findDuplicates(Caller caller, AccountInput input, Long excludeId);

    ImportResult importCsv(Caller caller, byte[] csv, Progress progress);

    void exportCsv(Caller caller, RecordQuery query, OutputStream out);
}
