package org.peyvand.ui.report.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.report.DashboardService;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.report.ReportLibrary;
import org.peyvand.platform.report.ReportSchedules;
import org.peyvand.platform.report.ReportService;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.platform.security.RoleService;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.OptionLookup;
import org.peyvand.ui.kit.RecordLookupOptions;

/** The services the report screens call, and the people a report can be shared with. */
@Component(service = ReportServices.class)
public class ReportServices {
    private final ReportService reports;
    private final ReportLibrary library;
    private final AccessGuard guard;
    private final RecordLookups lookups;
    private final RoleService roles;
    private final DashboardService dashboards;
    private final ReportExports exports;
    private final ReportSchedules schedules;

    @Activate
    public ReportServices(@Reference ReportService reports, @Reference ReportLibrary library, @Reference AccessGuard guard,
            @Reference RecordLookups lookups, @Reference RoleService roles, @Reference DashboardService dashboards, @Reference ReportExports exports,
            @Reference ReportSchedules schedules) {
        this.reports = reports;
        this.library = library;
        this.guard = guard;
        this.lookups = lookups;
        this.roles = roles;
        this.dashboards = dashboards;
        this.exports = exports;
        this.schedules = schedules;
    }

    public ReportService reports() {
        return reports;
    }

    public ReportLibrary library() {
        return library;
    }

    public DashboardService dashboards() {
        return dashboards;
    }

    public ReportExports exports() {
        return exports;
    }

    public ReportSchedules schedules() {
        return schedules;
    }

    public boolean allows(UiContext context, String permission) {
        return guard.allows(context.caller(), permission);
    }

    /** The names of colleagues or units by key, for a result's cells; none when the user may not look them up. */
    public Map<String, String> names(UiContext context, String type, Collection<String> keys) {
        try {
            return lookups.names(context.caller(), type, keys);
        } catch (CrmException unavailable) {
            return Map.of();
        }
    }

    /** Colleagues found by name, stored by username. */
    public OptionLookup users(UiContext context) {
        return new RecordLookupOptions(context.caller(), lookups, RecordLookups.USERS);
    }

    /** Org units found by name, stored by id. */
    public OptionLookup units(UiContext context) {
        return new RecordLookupOptions(context.caller(), lookups, RecordLookups.ORG_UNITS);
    }

    /** The defined roles, labelled in the user's language; none when the user may not read roles. */
    public List<Option> roles(UiContext context) {
        if (!guard.allows(context.caller(), KernelPermissions.ROLE_READ)) {
            return List.of();
        }
        Locale locale = context.messages().locale();
        return roles.list(context.caller()).stream().map(r -> new Option(r.name(), r.label(locale) + " (" + r.name() + ")")).toList();
    }
}
