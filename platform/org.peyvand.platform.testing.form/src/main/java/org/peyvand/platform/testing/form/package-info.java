/** Test support: the form services as a module's unit tests need them: no custom fields, known records for lookups. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.platform.testing.form;
