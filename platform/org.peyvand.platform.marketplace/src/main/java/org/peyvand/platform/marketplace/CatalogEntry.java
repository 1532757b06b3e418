package org.peyvand.platform.marketplace;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One version of an add-on as a catalog offers it.
 *
 * @param catalog the id of the catalog that offers it
 * @param kernelRange the kernel versions it runs on, an OSGi version range
 * @param requires the ids of the modules it needs installed
 * @param artifact where its artifact is: relative to a catalog's index, or {@code feature:<name>/<version>}
 *        for a module the distribution carries
 * @param sha256 the artifact's SHA-256 in hex, checked before install; {@code null} only for what the
 *        distribution carries
 * @param signature an Ed25519 signature of the artifact (base64) by a trusted key, checked before
 *        install when given; the signed index already binds the artifact through its SHA-256
 * @param downgradeSafe its vendor declares that going back from it to an older version keeps data intact
 */
public record CatalogEntry(String catalog, String id, String version, Map<String, String> names, Map<String, String> descriptions,
        String vendor, String icon, List<String> screenshots, String category, Maturity maturity, String kernelRange,
        List<String> requires, List<AddedPermission> permissions, ContentType contentType, String artifact, String sha256,
        String signature, boolean downgradeSafe) {

    public CatalogEntry {
        names = Map.copyOf(names);
        descriptions = Map.copyOf(descriptions);
        screenshots = List.copyOf(screenshots);
        requires = List.copyOf(requires);
        permissions = List.copyOf(permissions);
    }

    public String name(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.getOrDefault("en", id));
    }

    public String description(Locale locale) {
        return descriptions.getOrDefault(locale.getLanguage(), descriptions.getOrDefault("en", ""));
    }
}
