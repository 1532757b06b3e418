package org.peyvand.platform.report;

import java.time.Instant;
import java.util.List;

/**
 * A report definition kept for reuse, as the caller sees it.
 *
 * @param owner the username of who saved it; empty for one a module ships
 * @param module the module that ships it, which keeps it read-only; {@code null} for one a user saved
 * @param shares with whom its owner shares it
 * @param editable the caller may change, share and delete it
 */
public record SavedReport(ReportDefinition definition, String owner, String module, List<ReportShare> shares, Instant updatedAt,
        boolean editable) {

    public SavedReport {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    public String key() {
        return definition.key();
    }
}
