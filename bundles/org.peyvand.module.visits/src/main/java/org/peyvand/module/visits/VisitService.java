package org.peyvand.module.visits;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;

/**
 * Visits to customers. Every method checks the caller's permission first, sees only the visits the
 * caller's scope allows, validates naming each field, and writes the audit trail.
 */
@ProviderType
public interface VisitService {
    String SORT_DATE = "visitDate";
    String SORT_CREATED = "createdAt";

    Page<Visit> list(Caller caller, VisitQuery query, PageRequest page);

    long count(Caller caller, VisitQuery query);

    Visit get(Caller caller, long id);

    Visit create(Caller caller, VisitInput input);

    /** @param expectedVersion the version the caller read; another one means someone changed it since */
    Visit update(Caller caller, long id, VisitInput input, long expectedVersion);

    void delete(Caller caller, long id);
}
