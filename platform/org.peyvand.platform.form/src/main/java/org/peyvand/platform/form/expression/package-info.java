/**
 * Expressions administrators write (computed fields, workflow conditions and assignments), run in a
 * sandbox: they read the values given, call the {@code fn:} functions, and nothing else.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.platform.form.expression;
