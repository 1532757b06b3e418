package org.peyvand.platform.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered once a bundle's {@code CRM-INF/db/changelog.xml} has been applied, with the
 * property {@value #PROPERTY} set to the bundle's symbolic name. A module's data services
 * reference it with a target filter, so they start only on an up-to-date schema:
 * {@code @Reference(target = "(crm.schema=org.peyvand.module.accounts)") SchemaReady schema}.
 */
@ProviderType
public interface SchemaReady {
    String PROPERTY = "crm.schema";
    String CHANGELOG = "CRM-INF/db/changelog.xml";

    /** The database product the schema was migrated on, e.g. "Apache Derby" or "PostgreSQL". */
    String databaseProduct();
}
