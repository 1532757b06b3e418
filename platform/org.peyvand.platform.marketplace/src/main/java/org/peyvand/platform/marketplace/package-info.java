/**
 * The marketplace: add-ons (modules, bundles and content that runs no code) offered by catalogs the
 * administrator trusts, installed, updated and removed at runtime, verified before anything runs and
 * rolled back when anything fails. Catalog sources are separate from the handlers that install by
 * content type ({@link InstallHandler}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.platform.marketplace;
