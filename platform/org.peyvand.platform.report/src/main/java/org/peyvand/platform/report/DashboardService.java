package org.peyvand.platform.report;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * Dashboards: those users save and share, as reports are, and those modules ship in
 * {@code CRM-INF/reports/*.json} (a file with widgets), which come and go with their module.
 */
@ProviderType
public interface DashboardService {

    /** The dashboards the caller sees, by title. */
    List<SavedDashboard> list(Caller caller);

    /** @throws org.peyvand.platform.core.error.NotFoundException for a key the caller does not see */
    SavedDashboard get(Caller caller, String key);

    /** The dashboard the caller opens first: one made the default for a role of theirs, else their own first. */
    Optional<SavedDashboard> home(Caller caller);

    /**
     * Saves a new dashboard (its key empty) or changes one of the caller's. Every widget must show a
     * report the caller sees, and a figure a report of one aggregate without groups.
     */
    SavedDashboard save(Caller caller, Dashboard dashboard, List<ReportShare> shares);

    void delete(Caller caller, String key);

    /** A KPI widget's figure: the saved report's one aggregate now and over the previous period. */
    KpiFigure figure(Caller caller, String reportKey);
}
