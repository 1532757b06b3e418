package org.peyvand.platform.report.internal.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.ExportFile;
import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ExportJob;
import org.peyvand.platform.report.ReportDefinition;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.report.ReportPermissions;
import org.peyvand.platform.report.internal.ReportQueries;
import org.peyvand.platform.report.internal.ResultRows;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;

/**
 * Exports reports on a small pool of worker threads, so a few large exports cannot crowd out the
 * server; the rest wait their turn. The definition is checked and the export audited before it is
 * queued. Finished exports are kept in the export folder for some days, then removed, hourly.
 */
@Component(service = ReportExports.class, configurationPid = ReportExportsImpl.PID)
@Designate(ocd = ReportExportsImpl.Config.class)
public class ReportExportsImpl implements ReportExports {
    public static final String PID = "org.peyvand.platform.report.exports";
    static final String OBJECT_TYPE = "report";
    static final String EXPORTED = "report.exported";

    @ObjectClassDefinition(name = "Peyvand report exports", description = "Where Excel and PDF exports of reports are written, "
            + "how large they may grow and how long they are kept")
    public @interface Config {
        @AttributeDefinition(description = "Folder of the export files; empty for reports/exports in Karaf's data folder")
        String folder() default "";

        @AttributeDefinition(description = "The most rows an export writes; the rest are left out and the export says so")
        int maxRows() default 1_000_000;

        @AttributeDefinition(description = "Rows read from the database at a time")
        int fetchSize() default 1_000;

        @AttributeDefinition(description = "Days a finished export is kept")
        int retentionDays() default 7;

        @AttributeDefinition(description = "Exports written at the same time; others wait")
        int workers() default 2;

        @AttributeDefinition(description = "The organisation's name at the top of every exported file; empty to leave it out")
        String organisationName() default "";
    }

    private final ReportQueries queries;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final I18nService i18n;
    private final CustomFields forms;
    private final Clock clock;
    private final Config config;
    private final ExportStore store;
    private final ExecutorService workers;
    private final ScheduledExecutorService sweeper;
    private final Map<String, ExportRun> runs = new ConcurrentHashMap<>();
    private final Map<String, ExportStore.Kept> kept = new ConcurrentHashMap<>();

    @Activate
    public ReportExportsImpl(@Reference ReportQueries queries, @Reference AccessGuard guard, @Reference CustomFields forms,
            @Reference AuditTrail audit, @Reference I18nService i18n, Config config) {
        this(queries, guard, audit, i18n, forms, config, folder(config), Clock.systemUTC());
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 60, TimeUnit.MINUTES);
    }

    /** Wiring outside OSGi (tests). */
    static ReportExportsImpl wiredWith(ReportQueries queries, AccessGuard guard, AuditTrail audit, I18nService i18n, CustomFields forms,
            Config config, Path folder, Clock clock) {
        return new ReportExportsImpl(queries, guard, audit, i18n, forms, config, folder, clock);
    }

    private ReportExportsImpl(ReportQueries queries, AccessGuard guard, AuditTrail audit, I18nService i18n, CustomFields forms, Config config,
            Path folder, Clock clock) {
        this.queries = queries;
        this.guard = guard;
        this.audit = audit;
        this.i18n = i18n;
        this.forms = forms;
        this.clock = clock;
        this.config = config;
        this.store = new ExportStore(folder);
        this.workers = Executors.newFixedThreadPool(Math.max(1, config.workers()), threads("report-export"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(threads("report-export-sweeper"));
        store.load(oldest()).forEach(note -> kept.put(note.job().id(), note));
    }

    private static Path folder(Config config) {
        return config.folder().isBlank() ? Path.of(System.getProperty("karaf.data", "data"), "reports", "exports") : Path.of(config.folder());
    }

    @Deactivate
    void stop() {
        sweeper.shutdownNow();
        runs.values().forEach(ExportRun::cancel);
        workers.shutdownNow();
    }

    @Override
    public ExportJob start(Caller caller, ReportDefinition definition, ExportFormat format) {
        guard.require(caller, ReportPermissions.EXPORT);
        if (definition == null) {
            throw ValidationException.of("definition", "core.error.required");
        }
        if (format == null) {
            throw ValidationException.of("format", "core.error.required");
        }
        ResultRows rows = queries.prepare(caller, definition, config.maxRows(), false);
        String id = UUID.randomUUID().toString();
        ExportLayout layout = new ExportLayout(config.organisationName(), title(caller, definition), clock.instant(), rows.columns(),
                caller.preferences(), i18n.messages(caller.locale()));
        ExportRun run = new ExportRun(id, caller.username(), format, rows, layout, store, queries,
                new ExportRun.Limits(config.maxRows(), Math.max(1, config.fetchSize())), clock);
        audit.record(caller.username(), EXPORTED, OBJECT_TYPE, id, format + " " + definition.recordType() + ": " + layout.title(), List.of());
        runs.put(id, run);
        workers.execute(run);
        return run.job();
    }

    @Override
    public ExportJob job(Caller caller, String id) {
        guard.require(caller, ReportPermissions.EXPORT);
        ExportRun run = runs.get(id);
        if (run != null && run.owner().equals(caller.username())) {
            return run.job();
        }
        ExportStore.Kept note = kept.get(id);
        if (note != null && note.owner().equals(caller.username())) {
            return note.job();
        }
        throw new NotFoundException("report.error.exportGone", id);
    }

    @Override
    public List<ExportJob> jobs(Caller caller) {
        guard.require(caller, ReportPermissions.EXPORT);
        return Stream.concat(
                runs.values().stream().filter(run -> run.owner().equals(caller.username())).map(ExportRun::job),
                kept.values().stream().filter(note -> note.owner().equals(caller.username())).map(ExportStore.Kept::job)
                        .filter(job -> !runs.containsKey(job.id())))
                .sorted(Comparator.comparing(ExportJob::started).reversed()).toList();
    }

    @Override
    public void cancel(Caller caller, String id) {
        ExportJob job = job(caller, id);
        ExportRun run = runs.get(id);
        if (run != null) {
            run.cancel();
        }
        if (job.state().finished()) {
            runs.remove(id);
            kept.remove(id);
            store.remove(job);
        }
    }

    @Override
    public ExportFile file(Caller caller, String id) {
        ExportJob job = job(caller, id);
        Path file = store.file(job);
        if (job.state() != ExportJob.State.DONE || !Files.exists(file)) {
            throw new NotFoundException("report.error.exportGone", id);
        }
        try {
            return new ExportFile(job.fileName(), job.format().mediaType(), Files.size(file), () -> Files.newInputStream(file));
        } catch (IOException gone) {
            throw new NotFoundException("report.error.exportGone", id);
        }
    }

    /** Moves finished exports to the kept ones, and forgets those past their days. */
    void sweep() {
        Instant oldest = oldest();
        runs.values().removeIf(run -> {
            ExportJob job = run.job();
            if (job.state().finished() && job.state() != ExportJob.State.CANCELLED) {
                kept.put(job.id(), new ExportStore.Kept(run.owner(), job));
            }
            return job.state().finished();
        });
        kept.values().removeIf(note -> {
            boolean old = note.job().finished() != null && note.job().finished().isBefore(oldest);
            if (old) {
                store.remove(note.job());
            }
            return old;
        });
    }

    private Instant oldest() {
        return clock.instant().minus(Duration.ofDays(Math.max(0, config.retentionDays())));
    }

    /** The definition's title in the caller's language, or the record type's name. */
    private String title(Caller caller, ReportDefinition definition) {
        boolean persian = "fa".equals(caller.locale().getLanguage());
        LocalizedText title = definition.title();
        String given = title == null ? null : persian ? title.fa() : title.en();
        if (given != null && !given.isBlank()) {
            return given;
        }
        String type = forms.form(definition.recordType()).map(form -> persian ? form.label().fa() : form.label().en())
                .orElse(definition.recordType());
        return i18n.messages(caller.locale()).get("report.export.untitled", type);
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
