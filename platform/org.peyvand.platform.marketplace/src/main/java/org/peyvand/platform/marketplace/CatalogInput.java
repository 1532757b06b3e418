package org.peyvand.platform.marketplace;

/**
 * A catalog the administrator adds: a folder path for {@link CatalogKind#FOLDER}, an http(s) URL of
 * the index for {@link CatalogKind#REMOTE}.
 */
public record CatalogInput(String id, CatalogKind kind, String location, boolean enabled) {
}
