/**
 * What modules contribute to the web workspace: screens with their menu entries
 * ({@link CrmView} services carrying {@link MenuItem} properties), counts beside menu entries
 * ({@link MenuBadge}), tabs on every record's screen ({@link RecordTab}) and global search
 * ({@link SearchProvider}). The shell tracks them as they come and go.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.peyvand.ui.api;
