/**
 * What modules contribute to the web workspace: screens with their menu entries
 * ({@link CrmView} services carrying {@link MenuItem} properties), counts beside menu entries
 * ({@link MenuBadge}) and tabs on every record's screen ({@link RecordTab}). The shell tracks them as
 * they come and go. Global search is the kernel's ({@code org.peyvand.platform.search}), so every
 * face shares it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.peyvand.ui.api;
