/**
 * Dynamic forms: field and layout definitions, custom fields on the record types modules register,
 * no-code record types and stand-alone forms, their validation, versions and stored values.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.peyvand.platform.form;
