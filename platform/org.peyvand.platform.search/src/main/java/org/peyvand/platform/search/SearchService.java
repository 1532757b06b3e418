package org.peyvand.platform.search;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/** One query across every installed module's records. */
@ProviderType
public interface SearchService {
    int DEFAULT_PER_TYPE = 8;
    int MAX_PER_TYPE = 50;
    int QUERY_MAX = 100;

    /**
     * The records the caller may read that match the query, grouped by record type in the order the
     * providers answered. A provider that fails is left out, so one broken module never breaks the search.
     *
     * @param perType hits per record type, 1 to {@value #MAX_PER_TYPE}
     * @throws org.peyvand.platform.core.error.ValidationException naming {@code q} (blank or longer than
     *         {@value #QUERY_MAX}) or {@code limit}
     */
    List<SearchGroup> search(Caller caller, String query, int perType);
}
