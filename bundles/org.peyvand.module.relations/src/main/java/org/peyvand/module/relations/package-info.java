/** Relationships between accounts and contacts: the records and service, for other modules that use them. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.peyvand.module.relations;
