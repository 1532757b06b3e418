package org.peyvand.ui.admin.internal.roles;

import java.util.List;
import java.util.Map;

import org.peyvand.platform.security.PermissionDefinition;

/**
 * The record types roles can be limited on: every type a module guards with a read permission
 * ({@code accounts.contact.read} guards {@code accounts.contact}). The kernel's own objects
 * (users, units, roles, the audit trail) are left out: their lists are not narrowed by record
 * scopes or field rules, so a setting there would do nothing.
 */
final class RecordTypes {
    private static final String READ = ".read";
    private static final String KERNEL_MODULE = "platform";

    /** Fields of the types the workspace ships with, offered while typing a field rule; any other name may be typed. */
    private static final Map<String, List<String>> KNOWN_FIELDS = Map.of(
            "accounts.contact", List.of("firstName", "lastName", "nationalCode", "mobile", "email", "birthDate", "accountId",
                    "jobTitle", "owner"),
            "accounts.account", List.of("name", "nationalId", "economicCode", "registrationNumber", "industry", "phones",
                    "addresses", "website", "owner", "parentId"));

    private RecordTypes() {
    }

    static List<String> of(List<PermissionDefinition> permissions) {
        return permissions.stream()
                .filter(p -> !KERNEL_MODULE.equals(p.module()) && p.id().endsWith(READ))
                .map(p -> p.id().substring(0, p.id().length() - READ.length()))
                .distinct().sorted().toList();
    }

    static List<String> knownFields(String recordType) {
        return recordType == null ? List.of() : KNOWN_FIELDS.getOrDefault(recordType, List.of());
    }
}
