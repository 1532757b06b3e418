package org.peyvand.platform.marketplace;

/** An image a catalog keeps beside its index (an add-on's screenshot), read through the server. */
public record CatalogImage(String mediaType, byte[] bytes) {
}
