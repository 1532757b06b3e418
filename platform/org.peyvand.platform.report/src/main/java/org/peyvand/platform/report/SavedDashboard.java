package org.peyvand.platform.report;

import java.time.Instant;
import java.util.List;

/**
 * A dashboard as the caller sees it.
 *
 * @param owner the username of who saved it; empty for one a module ships
 * @param module the module that ships it, which keeps it read-only; {@code null} for one a user saved
 * @param editable the caller may change, share and delete it
 */
public record SavedDashboard(Dashboard dashboard, String owner, String module, List<ReportShare> shares, Instant updatedAt, boolean editable) {

    public SavedDashboard {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    public String key() {
        return dashboard.key();
    }
}
