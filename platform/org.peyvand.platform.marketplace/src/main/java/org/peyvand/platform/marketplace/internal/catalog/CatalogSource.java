package org.peyvand.platform.marketplace.internal.catalog;

import java.nio.file.Path;
import java.util.List;

import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.CatalogKind;

/** Where a catalog's entries and artifacts come from. */
public interface CatalogSource {

    String id();

    CatalogKind kind();

    String location();

    /** The entries, from an index whose signature a trusted key made. */
    List<CatalogEntry> read() throws CatalogError;

    /**
     * Copies the artifact of one of its entries to {@code target}, not verified yet; an entry the
     * distribution carries has no artifact to copy.
     */
    void fetch(CatalogEntry entry, Path target) throws CatalogError;

    /** A file beside the index, at most {@code maxBytes}, never from outside the catalog. */
    byte[] file(String path, long maxBytes) throws CatalogError;
}
