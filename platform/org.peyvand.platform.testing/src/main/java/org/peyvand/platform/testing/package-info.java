/**
 * Test support: a bundle's schema and persistence unit on in-memory Derby, outside OSGi; the events
 * a service posts; signed marketplace catalogs in a folder.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.peyvand.platform.testing;
