/** Stand-ins for the security services in unit tests, outside OSGi. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.platform.testing.security;
