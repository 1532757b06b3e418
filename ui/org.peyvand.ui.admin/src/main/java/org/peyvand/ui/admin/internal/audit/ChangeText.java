package org.peyvand.ui.admin.internal.audit;

import java.util.List;
import java.util.stream.Collectors;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.AuditEntry;

/**
 * The changes of an audit entry as one line, "field: old → new; ...". Each value is isolated from
 * the text around it (Unicode FSI … PDI), so a Latin value in a Persian line, or the reverse,
 * cannot pull the arrow and the separators into its own direction.
 */
final class ChangeText {
    private static final String ISOLATE = "\u2068";
    private static final String END_ISOLATE = "\u2069";

    private ChangeText() {
    }

    /** The pattern ({@code admin.audit.change}) points its arrow in reading direction: → in English, ← in Persian. */
    static String of(List<AuditEntry.Change> changes, Messages messages) {
        String none = messages.get("admin.audit.noValue");
        return changes.stream()
                .map(c -> messages.get("admin.audit.change", isolated(c.field()), isolated(c.oldValue() == null ? none : c.oldValue()),
                        isolated(c.newValue() == null ? none : c.newValue())))
                .collect(Collectors.joining(messages.get("admin.audit.changeSeparator")));
    }

    private static String isolated(String text) {
        return ISOLATE + text + END_ISOLATE;
    }
}
