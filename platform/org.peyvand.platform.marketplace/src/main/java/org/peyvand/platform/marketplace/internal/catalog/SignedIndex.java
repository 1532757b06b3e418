package org.peyvand.platform.marketplace.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.internal.trust.TrustedKeys;

/** An index is read only when a trusted key signed its exact bytes ({@code index.json.sig} beside it). */
final class SignedIndex {
    static final String INDEX = "index.json";
    static final String SIGNATURE = INDEX + ".sig";

    private SignedIndex() {
    }

    static List<CatalogEntry> read(String catalog, byte[] index, byte[] signature, TrustedKeys keys) throws CatalogError {
        if (signature == null) {
            throw new CatalogError("marketplace.error.unsigned", catalog);
        }
        if (!keys.verify(index, new String(signature, StandardCharsets.US_ASCII))) {
            throw new CatalogError("marketplace.error.badSignature", catalog);
        }
        return IndexFormat.read(catalog, index);
    }
}
