package org.peyvand.ui.admin.internal.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.security.PermissionDefinition;

class RecordTypesTest {

    private static PermissionDefinition permission(String id, String module) {
        return new PermissionDefinition(id, module, Map.of("en", id), Set.of());
    }

    @Test
    void recordTypesAreWhatModulesGuardWithAReadPermission() {
        List<PermissionDefinition> permissions = List.of(permission("accounts.contact.read", "accounts"),
                permission("accounts.contact.delete", "accounts"), permission("accounts.account.read", "accounts"),
                permission("platform.user.read", "platform"));
        assertThat(RecordTypes.of(permissions)).containsExactly("accounts.account", "accounts.contact");
    }

    @Test
    void offersTheKnownFieldsOfAType() {
        assertThat(RecordTypes.knownFields("accounts.contact")).contains("nationalCode", "owner");
        assertThat(RecordTypes.knownFields("sales.deal")).isEmpty();
        assertThat(RecordTypes.knownFields(null)).isEmpty();
    }
}
