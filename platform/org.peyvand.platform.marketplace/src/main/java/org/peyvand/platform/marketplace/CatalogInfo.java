package org.peyvand.platform.marketplace;

import java.time.Instant;
import java.util.List;

/**
 * A configured catalog and how its last reading went.
 *
 * @param entries how many add-on versions it offered when last read
 * @param errorKey why it could not be read last time (a message key with {@code errorArgs}); {@code null} when it was
 */
public record CatalogInfo(String id, CatalogKind kind, String location, boolean enabled, int entries, Instant refreshed,
        String errorKey, List<Object> errorArgs) {

    public CatalogInfo {
        errorArgs = errorArgs == null ? List.of() : List.copyOf(errorArgs);
    }
}
