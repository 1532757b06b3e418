/**
 * Global search: every module offers a {@link SearchProvider} for its record types, and
 * {@link SearchService} asks them all, grouping what they find by record type. Providers check the
 * caller's permissions and record scope themselves, and search with their records' Persian-aware
 * indexes, so the same query finds "علي" and "علی".
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.peyvand.platform.search;
