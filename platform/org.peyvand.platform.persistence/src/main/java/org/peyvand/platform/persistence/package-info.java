/** Database glue shared by modules: schema migrations, their readiness, and purging a removed module's schema. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.peyvand.platform.persistence;
