/** The ${nameEn} module's API: its record and service, for other modules that use them. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package ${package};
