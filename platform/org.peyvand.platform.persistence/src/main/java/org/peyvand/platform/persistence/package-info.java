/** Database glue shared by modules: schema migrations and their readiness. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.peyvand.platform.persistence;
