package org.peyvand.platform.marketplace;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A catalog the platform itself offers as a service, such as the modules the distribution carries.
 * Folder and remote catalogs are configured instead.
 */
@ConsumerType
public interface CatalogProvider {

    /** Unique among catalogs. */
    String id();

    List<CatalogEntry> entries();
}
