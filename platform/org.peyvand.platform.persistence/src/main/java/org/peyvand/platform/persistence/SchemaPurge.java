package org.peyvand.platform.persistence;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Removes what a bundle's {@code CRM-INF/db/changelog.xml} created: its tables and sequences, with
 * their data, and its change sets from the change log, so that installing it again starts from an
 * empty schema. Cannot be undone; the caller asks for confirmation first.
 */
@ProviderType
public interface SchemaPurge {

    /**
     * Purges the schema of a bundle that is installed but stopped, so none of its services use the
     * tables meanwhile.
     *
     * @return the tables and sequences dropped, in the order dropped
     * @throws IllegalStateException when the bundle is running, or the database refuses a drop (another module's
     *         table refers to one of its tables); nothing is dropped then
     */
    List<String> purge(Bundle bundle);
}
