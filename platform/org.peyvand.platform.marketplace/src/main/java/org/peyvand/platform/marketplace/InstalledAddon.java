package org.peyvand.platform.marketplace;

import java.time.Instant;

/**
 * An add-on the platform is to keep installed: the desired state, restored at start when missing.
 *
 * @param present whether its handler finds it installed right now
 */
public record InstalledAddon(String id, String version, ContentType contentType, String catalog, String artifact, String sha256,
        Instant installedAt, String installedBy, boolean present) {
}
