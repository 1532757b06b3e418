package org.peyvand.ui.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.peyvand.platform.security.Caller;

/**
 * Answers the workspace's global search box for one kind of record. Providers check the caller's
 * permission themselves and return nothing the caller may not see.
 */
@ConsumerType
public interface SearchProvider {

    List<SearchHit> search(Caller caller, String query, int limit);
}
