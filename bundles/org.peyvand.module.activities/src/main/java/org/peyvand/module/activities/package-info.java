/** Activities: the record, its recurrence rule and the service, for other modules that use them. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.peyvand.module.activities;
