/** Who is calling and what they may do: callers, permissions, authentication. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.peyvand.platform.security;
