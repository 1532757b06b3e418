/** Notes on records and marketing lists: the records and services, for other modules that use them (campaigns read lists' members). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.module.notes;
