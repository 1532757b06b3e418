package org.peyvand.platform.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.peyvand.platform.security.PermissionDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads one {@code CRM-INF/permissions/*.json}:
 * {@code {"module": "accounts", "permissions": [{"id": "accounts.contact.read", "label": {"fa": "...", "en": "..."}, "defaultRoles": ["staff"]}]}}.
 */
final class PermissionFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z][a-zA-Z0-9-]*\\.[a-z][a-zA-Z0-9-]*");

    private PermissionFile() {
    }

    static List<PermissionDefinition> read(InputStream in, String source) throws IOException {
        JsonNode root = JSON.readTree(in);
        String module = text(root, "module", source);
        List<PermissionDefinition> result = new ArrayList<>();
        for (JsonNode node : root.path("permissions")) {
            String id = text(node, "id", source);
            if (!ID.matcher(id).matches() || !id.startsWith(module + ".")) {
                throw new IOException(source + ": permission '" + id + "' must read " + module + ".<object>.<action>");
            }
            Map<String, String> labels = new HashMap<>();
            node.path("label").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            Set<String> roles = new HashSet<>();
            node.path("defaultRoles").forEach(r -> roles.add(r.asText()));
            result.add(new PermissionDefinition(id, module, labels, roles));
        }
        return result;
    }

    private static String text(JsonNode node, String field, String source) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IOException(source + ": '" + field + "' is missing");
        }
        return value.asText();
    }
}
