package org.peyvand.platform.report.internal.library;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.report.Dashboard;
import org.peyvand.platform.report.DashboardService;
import org.peyvand.platform.report.DashboardWidget;
import org.peyvand.platform.report.FilterOperator;
import org.peyvand.platform.report.KpiFigure;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportLibrary;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.platform.report.ReportResult;
import org.peyvand.platform.report.ReportShare;
import org.peyvand.platform.report.SavedDashboard;
import org.peyvand.platform.report.SavedReport;
import org.peyvand.platform.report.WidgetKind;
import org.peyvand.platform.report.internal.ReportServiceImpl;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnitService;
import org.peyvand.platform.security.UserService;

/**
 * Dashboards kept as saved reports are (see {@link LibraryStore}), and those modules ship. A
 * dashboard made the default for roles is shared with them. A widget shows a report the caller
 * sees; a KPI needs a report of one aggregate without groups.
 */
@Component(service = DashboardService.class)
public class DashboardServiceImpl implements DashboardService {
    static final int WIDGETS = 24;

    private final LibraryStore store;
    private final ReportLibrary library;
    private final ReportServiceImpl reports;
    private final ModuleReports shipped;
    private final AccessGuard guard;

    @Activate
    public DashboardServiceImpl(@Reference(target = "(osgi.unit.name=crm.report)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.report)") SchemaReady schema, @Reference ReportLibrary library,
            @Reference ReportServiceImpl reports, @Reference ModuleReports shipped, @Reference AccessGuard guard, @Reference AuditTrail audit,
            @Reference UserService users, @Reference OrgUnitService units) {
        this(new LibraryStore(new Transactions(jpa), users, units, audit, Clock.systemUTC()), library, reports, shipped, guard);
    }

    DashboardServiceImpl(LibraryStore store, ReportLibrary library, ReportServiceImpl reports, ModuleReports shipped, AccessGuard guard) {
        this.store = store;
        this.library = library;
        this.reports = reports;
        this.shipped = shipped;
        this.guard = guard;
    }

    @Override
    public List<SavedDashboard> list(Caller caller) {
        guard.require(caller, ReportPermissions.READ);
        List<SavedDashboard> found = new ArrayList<>();
        Set<String> seen = library.list(caller).stream().map(SavedReport::key).collect(Collectors.toSet());
        // a module's dashboard shows to those who see one of its reports at least
        shipped.dashboards().stream().filter(s -> s.definition().widgets().stream().anyMatch(w -> seen.contains(w.report())))
                .forEach(s -> found.add(new SavedDashboard(s.definition(), "", s.module(), List.of(), null, false)));
        store.visible(caller, LibraryKind.DASHBOARD).forEach(e -> found.add(toSaved(e, caller)));
        String language = caller.locale().getLanguage();
        found.sort(Comparator.comparing((SavedDashboard d) -> title(d.dashboard()).in(language)).thenComparing(SavedDashboard::key));
        return found;
    }

    @Override
    public SavedDashboard get(Caller caller, String key) {
        guard.require(caller, ReportPermissions.READ);
        ModuleReports.Shipped<Dashboard> module = shipped.dashboard(key);
        if (module != null) {
            return new SavedDashboard(module.definition(), "", module.module(), List.of(), null, false);
        }
        return store.visible(caller, LibraryKind.DASHBOARD, key).map(e -> toSaved(e, caller))
                .orElseThrow(() -> new NotFoundException(LibraryKind.DASHBOARD.notFound(), key));
    }

    @Override
    public Optional<SavedDashboard> home(Caller caller) {
        List<SavedDashboard> all = list(caller);
        return all.stream().filter(d -> d.dashboard().defaultFor().stream().anyMatch(caller.roles()::contains)).findFirst()
                .or(() -> all.stream().filter(SavedDashboard::editable).findFirst());
    }

    @Override
    public SavedDashboard save(Caller caller, Dashboard dashboard, List<ReportShare> shares) {
        guard.require(caller, ReportPermissions.DESIGN);
        if (dashboard == null) {
            throw ValidationException.of("dashboard", "core.error.required");
        }
        Validator problems = new Validator();
        ReportLibraryImpl.checkTitle(title(dashboard), problems);
        checkWidgets(caller, dashboard.widgets(), problems);
        List<String> roles = dashboard.defaultFor().stream().filter(r -> r != null && !r.isBlank()).distinct().toList();
        Set<ReportShare> all = new LinkedHashSet<>(store.checkShares(caller, shares, problems));
        problems.throwIfInvalid();
        roles.forEach(role -> all.add(new ReportShare(ReportShare.Kind.ROLE, role)));
        Dashboard kept = new Dashboard(dashboard.key(), dashboard.title(), dashboard.widgets(), roles);
        DefinitionEntity saved = store.store(caller, LibraryKind.DASHBOARD, dashboard.key(), false, shipped.dashboard(dashboard.key()) != null,
                key -> new LibraryStore.Content(kept.title(), null, ReportJson.write(kept.withKey(key))), List.copyOf(all));
        return toSaved(saved, caller);
    }

    @Override
    public void delete(Caller caller, String key) {
        guard.require(caller, ReportPermissions.DESIGN);
        store.delete(caller, LibraryKind.DASHBOARD, key, shipped.dashboard(key) != null);
    }

    @Override
    public KpiFigure figure(Caller caller, String reportKey) {
        ReportDefinition definition = library.get(caller, reportKey).definition();
        if (!isFigure(definition)) {
            throw ValidationException.of("report", "report.error.notAFigure", reportKey);
        }
        ReportResult now = reports.run(caller, definition);
        BigDecimal value = number(now);
        boolean periodic = definition.filters().stream().anyMatch(f -> f.operator() == FilterOperator.IN_PERIOD);
        BigDecimal previous = periodic ? number(reports.runBefore(caller, definition)) : null;
        BigDecimal change = previous == null || value == null || previous.signum() == 0 ? null
                : value.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous.abs(), 1, RoundingMode.HALF_UP);
        return new KpiFigure(now.columns().get(0), value, previous, change);
    }

    private void checkWidgets(Caller caller, List<DashboardWidget> widgets, Validator problems) {
        problems.check(widgets.size() <= WIDGETS, "widgets", "core.error.range", 0, WIDGETS);
        for (int i = 0; i < widgets.size(); i++) {
            DashboardWidget widget = widgets.get(i);
            String at = "widgets[" + i + "].";
            if (widget == null || widget.kind() == null) {
                problems.reject(at + "kind", "core.error.required");
                continue;
            }
            problems.check(widget.span() >= 1 && widget.span() <= DashboardWidget.COLUMNS, at + "width", "core.error.range", 1,
                    DashboardWidget.COLUMNS);
            Optional<SavedReport> report = widget.report() == null ? Optional.empty() : library.find(caller, widget.report());
            if (widget.report() == null || widget.report().isBlank()) {
                problems.reject(at + "report", "core.error.required");
            } else if (report.isEmpty()) {
                problems.reject(at + "report", LibraryKind.REPORT.notFound(), widget.report());
            } else if (widget.kind() == WidgetKind.KPI && !isFigure(report.get().definition())) {
                problems.reject(at + "kind", "report.error.notAFigure", widget.report());
            }
        }
    }

    /** One aggregate, no groups: a report whose result is one number. */
    private static boolean isFigure(ReportDefinition definition) {
        return definition.groups().isEmpty() && definition.columns().size() == 1 && definition.columns().get(0).aggregated();
    }

    private static BigDecimal number(ReportResult result) {
        Object cell = result.rows().isEmpty() || result.rows().get(0).isEmpty() ? null : result.rows().get(0).get(0);
        return cell instanceof BigDecimal decimal ? decimal : cell instanceof Number number ? new BigDecimal(number.toString()) : null;
    }

    private static LocalizedText title(Dashboard dashboard) {
        return dashboard.title() == null ? LocalizedText.of(null, null) : dashboard.title();
    }

    private static SavedDashboard toSaved(DefinitionEntity entity, Caller caller) {
        return new SavedDashboard(ReportJson.readDashboard(entity.body()), entity.owner(), null, entity.shares(), entity.updatedAt(),
                entity.owner().equals(caller.username()));
    }
}
