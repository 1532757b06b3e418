package org.peyvand.platform.search;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.peyvand.platform.security.Caller;

/**
 * Answers the global search for the record types of one module. A provider returns nothing the
 * caller may not read (the type's permission, record scope and field rules), at most {@code limit}
 * hits per record type, best first.
 */
@ConsumerType
public interface SearchProvider {

    List<SearchHit> search(Caller caller, String query, int limit);
}
