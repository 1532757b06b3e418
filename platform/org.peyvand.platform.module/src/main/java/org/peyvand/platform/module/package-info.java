/** The modules present in the platform, described by their {@code CRM-INF/module.json}, and their readiness. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.platform.module;
