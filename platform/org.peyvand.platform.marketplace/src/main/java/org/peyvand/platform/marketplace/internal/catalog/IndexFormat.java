package org.peyvand.platform.marketplace.internal.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.peyvand.platform.marketplace.AddedPermission;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.Maturity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a catalog index ({@code index.json}, described in the plugin guide). An entry with a missing
 * or malformed field makes the whole index unreadable, naming the entry and the field: a catalog
 * whose publisher made a mistake is better refused than half-trusted.
 */
public final class IndexFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The index format this reader knows; an index without one is taken to be of it. */
    private static final int FORMAT = 1;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private IndexFormat() {
    }

    public static List<CatalogEntry> read(String catalog, byte[] index) throws CatalogError {
        JsonNode root;
        try {
            root = JSON.readTree(index);
        } catch (IOException e) {
            throw new CatalogError("marketplace.error.indexMalformed", catalog);
        }
        if (root != null && root.has("format") && root.get("format").asInt(0) != FORMAT) {
            throw new CatalogError("marketplace.error.indexField", catalog, "format");
        }
        JsonNode entries = root == null ? null : root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new CatalogError("marketplace.error.indexField", catalog, "entries");
        }
        List<CatalogEntry> read = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            read.add(entry(catalog, entries.get(i), "entries[" + i + "]"));
        }
        return read;
    }

    private static CatalogEntry entry(String catalog, JsonNode node, String at) throws CatalogError {
        String id = text(catalog, node, at, "id");
        if (!ID.matcher(id).matches()) {
            throw new CatalogError("marketplace.error.indexField", catalog, at + ".id");
        }
        String version = text(catalog, node, at, "version");
        String kernel = text(catalog, node, at, "kernel");
        if (!parses(() -> Version.parseVersion(version))) {
            throw new CatalogError("marketplace.error.indexField", catalog, at + ".version");
        }
        if (!parses(() -> new VersionRange(kernel))) {
            throw new CatalogError("marketplace.error.indexField", catalog, at + ".kernel");
        }
        ContentType type = ContentType.ofWireName(text(catalog, node, at, "contentType"))
                .orElseThrow(() -> new CatalogError("marketplace.error.indexField", catalog, at + ".contentType"));
        String sha256 = text(catalog, node, at, "sha256").toLowerCase(Locale.ROOT);
        if (sha256.length() != 64 || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
            throw new CatalogError("marketplace.error.indexField", catalog, at + ".sha256");
        }
        Maturity maturity;
        try {
            maturity = Maturity.valueOf(node.path("maturity").asText("stable").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CatalogError("marketplace.error.indexField", catalog, at + ".maturity");
        }
        Map<String, String> names = texts(node.get("name"));
        if (!names.containsKey("fa") || !names.containsKey("en")) {
            throw new CatalogError("marketplace.error.indexField", catalog, at + ".name");
        }
        List<AddedPermission> permissions = new ArrayList<>();
        for (JsonNode permission : node.path("permissions")) {
            if (!permission.hasNonNull("id")) {
                throw new CatalogError("marketplace.error.indexField", catalog, at + ".permissions");
            }
            permissions.add(new AddedPermission(permission.get("id").asText(), texts(permission.get("label"))));
        }
        return new CatalogEntry(catalog, id, version, names, texts(node.get("description")), node.path("vendor").asText(""),
                node.path("icon").asText(""), strings(node.get("screenshots")), node.path("category").asText("other"), maturity, kernel,
                strings(node.get("requires")), permissions, type, text(catalog, node, at, "artifact"), sha256,
                node.hasNonNull("signature") ? node.get("signature").asText() : null, node.path("downgradeSafe").asBoolean(false));
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(String catalog, JsonNode node, String at, String field) throws CatalogError {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new CatalogError("marketplace.error.indexField", catalog, at + "." + field);
        }
        return value.asText().strip();
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (node != null) {
            node.fields().forEachRemaining(field -> texts.put(field.getKey(), field.getValue().asText()));
        }
        return texts;
    }

    private static List<String> strings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        if (node != null) {
            node.forEach(value -> strings.add(value.asText()));
        }
        return strings;
    }
}
