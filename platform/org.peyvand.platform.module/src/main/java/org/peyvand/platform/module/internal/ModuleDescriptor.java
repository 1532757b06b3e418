package org.peyvand.platform.module.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.framework.VersionRange;
import org.peyvand.platform.module.ModuleInfo;
import org.peyvand.platform.module.ModuleState;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads {@code CRM-INF/module.json}:
 * {@code {"id": "accounts", "version": "1.0.0", "name": {"fa": "...", "en": "..."}, "kernel": "[0.1,1)",
 * "requires": [], "category": "crm", "icon": "USERS", "description": {"fa": "...", "en": "..."}}}; the description is
 * what the marketplace shows.
 */
final class ModuleDescriptor {
    static final String PATH = "CRM-INF/module.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private ModuleDescriptor() {
    }

    static ModuleInfo read(InputStream in, String bundle) throws IOException {
        JsonNode root = JSON.readTree(in);
        String id = required(root, "id");
        if (!ID.matcher(id).matches()) {
            throw new IOException("module id '" + id + "' must be lower-case letters, digits and dashes");
        }
        String kernel = required(root, "kernel");
        try {
            new VersionRange(kernel);
        } catch (IllegalArgumentException e) {
            throw new IOException("'kernel' is not a version range: " + kernel);
        }
        Map<String, String> names = new HashMap<>();
        root.path("name").fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
        if (!names.containsKey("fa") || !names.containsKey("en")) {
            throw new IOException("'name' needs both fa and en");
        }
        List<String> requires = new ArrayList<>();
        root.path("requires").forEach(r -> requires.add(r.asText()));
        return new ModuleInfo(id, required(root, "version"), names, kernel, requires,
                root.path("category").asText("crm"), root.path("icon").asText("PUZZLE_PIECE"), bundle,
                ModuleState.STARTING, List.of());
    }

    private static String required(JsonNode root, String field) throws IOException {
        JsonNode value = root.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IOException("'" + field + "' is missing");
        }
        return value.asText();
    }
}
