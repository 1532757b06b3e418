package org.peyvand.platform.report.internal.library;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.peyvand.platform.report.Dashboard;
import org.peyvand.platform.report.ReportDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports and dashboards modules ship in {@code CRM-INF/reports/*.json}, one per file (a
 * dashboard has widgets), present while their module is started: a module leaving takes them
 * with it.
 */
@Component(service = ModuleReports.class)
public class ModuleReports {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleReports.class);
    static final String FOLDER = "CRM-INF/reports";

    /** A definition a module ships, by the symbolic name of its bundle. */
    public record Shipped<T>(String module, T definition) {
    }

    private final Map<String, Shipped<ReportDefinition>> reports = new ConcurrentHashMap<>();
    private final Map<String, Shipped<Dashboard>> dashboards = new ConcurrentHashMap<>();
    private final BundleTracker<List<String>> tracker;

    @Activate
    public ModuleReports(BundleContext context) {
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public List<String> addingBundle(Bundle bundle, BundleEvent event) {
                Enumeration<URL> files = bundle.findEntries(FOLDER, "*.json", false);
                return files == null ? null : add(bundle.getSymbolicName(), Collections.list(files));
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<String> keys) {
                ModuleReports.this.remove(bundle.getSymbolicName(), keys);
            }
        };
        tracker.open();
    }

    /** Outside OSGi (tests): starts empty. */
    ModuleReports() {
        this.tracker = null;
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    public Collection<Shipped<ReportDefinition>> reports() {
        return reports.values();
    }

    public Shipped<ReportDefinition> report(String key) {
        return key == null ? null : reports.get(key);
    }

    public Collection<Shipped<Dashboard>> dashboards() {
        return dashboards.values();
    }

    public Shipped<Dashboard> dashboard(String key) {
        return key == null ? null : dashboards.get(key);
    }

    /** @return the keys added, which leave with the module */
    List<String> add(String module, List<URL> files) {
        List<String> keys = new ArrayList<>();
        for (URL file : files) {
            try (InputStream in = file.openStream()) {
                Object read = ReportJson.readShipped(in);
                String key = read instanceof Dashboard dashboard ? dashboard.key() : ((ReportDefinition) read).key();
                LibraryKind kind = read instanceof Dashboard ? LibraryKind.DASHBOARD : LibraryKind.REPORT;
                if (key == null || key.isBlank() || key.startsWith(kind.prefix())
                        || read instanceof ReportDefinition report && report.recordType() == null) {
                    LOG.error("The {} {} of {} is refused: it needs a key not starting with \"{}\"{}", kind, file.getPath(), module,
                            kind.prefix(), kind == LibraryKind.REPORT ? " and a record type" : "");
                } else if (read instanceof Dashboard dashboard ? dashboards.putIfAbsent(key, new Shipped<>(module, dashboard)) != null
                        : reports.putIfAbsent(key, new Shipped<>(module, (ReportDefinition) read)) != null) {
                    LOG.error("The {} {} of {} is refused: another module ships the key {}", kind, file.getPath(), module, key);
                } else {
                    keys.add(key);
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("The report {} of {} could not be read", file.getPath(), module, e);
            }
        }
        return keys;
    }

    /** Removes what the module shipped under these keys, never another module's. */
    void remove(String module, List<String> keys) {
        keys.forEach(key -> {
            reports.computeIfPresent(key, (k, shipped) -> shipped.module().equals(module) ? null : shipped);
            dashboards.computeIfPresent(key, (k, shipped) -> shipped.module().equals(module) ? null : shipped);
        });
    }
}
