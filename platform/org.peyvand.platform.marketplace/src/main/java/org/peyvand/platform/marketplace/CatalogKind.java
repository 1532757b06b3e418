package org.peyvand.platform.marketplace;

/** Where a catalog's index comes from. */
public enum CatalogKind {
    /** The modules the distribution carries: always there, needs no signature. */
    BUILT_IN,
    /** A folder on the server holding a signed index and its artifacts, for sites without internet. */
    FOLDER,
    /** A signed index over HTTP(S); none is configured out of the box. */
    REMOTE
}
