/** Test support: a bundle's schema and persistence unit on in-memory Derby, outside OSGi. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.platform.testing;
