package org.peyvand.platform.marketplace.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.text.SearchWords;
import org.peyvand.platform.marketplace.Addon;
import org.peyvand.platform.marketplace.AddonQuery;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.CatalogImage;
import org.peyvand.platform.marketplace.CatalogInfo;
import org.peyvand.platform.marketplace.CatalogInput;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.CatalogProvider;
import org.peyvand.platform.marketplace.InstallHandler;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.InstalledAddon;
import org.peyvand.platform.marketplace.MarketplacePermissions;
import org.peyvand.platform.marketplace.MarketplaceService;
import org.peyvand.platform.marketplace.internal.catalog.CatalogConfigurations;
import org.peyvand.platform.marketplace.internal.catalog.CatalogError;
import org.peyvand.platform.marketplace.internal.catalog.CatalogSource;
import org.peyvand.platform.marketplace.internal.catalog.Catalogs;
import org.peyvand.platform.marketplace.internal.catalog.FolderCatalog;
import org.peyvand.platform.marketplace.internal.catalog.RemoteCatalog;
import org.peyvand.platform.marketplace.internal.desired.AddonsConfiguration;
import org.peyvand.platform.marketplace.internal.desired.AddonsPlan;
import org.peyvand.platform.marketplace.internal.jobs.Installer;
import org.peyvand.platform.marketplace.internal.jobs.JobRun;
import org.peyvand.platform.marketplace.internal.jobs.ModuleSchemas;
import org.peyvand.platform.marketplace.internal.store.AddonEntity;
import org.peyvand.platform.marketplace.internal.store.AddonStore;
import org.peyvand.platform.marketplace.internal.store.ArtifactCache;
import org.peyvand.platform.marketplace.internal.trust.TrustedKeys;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.persistence.SchemaPurge;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The marketplace. Jobs run one at a time on one thread, so two changes never race over the same
 * bundles; each posts {@code crm/marketplace/<addon>/<state>} as it moves, which open screens follow.
 * At start, and whenever a handler arrives, add-ons the desired state holds but the platform lacks
 * are restored from their kept artifacts.
 * <p>
 * The desired state is the database's {@code mkt_addon}, which nodes sharing the database share, and
 * its copy in the configuration {@link AddonsConfiguration#PID}, rewritten after every job that
 * changed something. An operator's edit of that configuration (found by comparing it with what was
 * last written, at start once the catalogs were read and whenever it changes) runs as jobs by
 * {@code system}; a configuration that merely lags behind the database asks for nothing and is
 * rewritten from it. A change whose handler has not arrived yet waits for it.
 */
@Component(service = {MarketplaceService.class, ConfigurationListener.class}, configurationPid = MarketplaceServiceImpl.PID, immediate = true)
@Designate(ocd = MarketplaceServiceImpl.Config.class)
public class MarketplaceServiceImpl implements MarketplaceService, ConfigurationListener {
    public static final String PID = "org.peyvand.platform.marketplace";
    static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(MarketplaceServiceImpl.class);
    private static final Pattern CATALOG_ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "gif", "image/gif", "webp", "image/webp");
    private static final long MAX_IMAGE_BYTES = 2L * 1024 * 1024;
    /** Karaf's watcher looks at etc/ every second; after this many looks a configuration unlike its file is taken as it is. */
    private static final int UNSETTLED_LOOKS = 20;
    private static final long UNSETTLED_PAUSE_MILLIS = 250;

    @ObjectClassDefinition(name = "Peyvand marketplace", description = "Where trusted keys and kept artifacts are, and how much a catalog may send")
    public @interface Config {
        @AttributeDefinition(description = "Folder of the trusted Ed25519 public keys (PEM); empty for etc/peyvand/catalog-keys")
        String keysFolder() default "";

        @AttributeDefinition(description = "Folder of verified artifacts; empty for marketplace/artifacts in Karaf's data folder")
        String artifactsFolder() default "";

        @AttributeDefinition(description = "The largest catalog index read, in kilobytes")
        int maxIndexKilobytes() default 5_120;

        @AttributeDefinition(description = "The largest artifact downloaded, in megabytes")
        int maxArtifactMegabytes() default 200;

        @AttributeDefinition(description = "Seconds a remote catalog may take to answer")
        int timeoutSeconds() default 30;
    }

    private final AccessGuard guard;
    private final AuditTrail audit;
    private final EventAdmin events;
    private final AddonStore store;
    private final CatalogConfigurations configurations;
    private final AddonsConfiguration addonsConfiguration;
    private final TrustedKeys keys;
    private final Config config;
    private final Clock clock = Clock.systemUTC();
    private final Catalogs catalogs = new Catalogs(clock);
    private final Installer installer;
    private final HttpClient http;
    private final List<InstallHandler> handlers = new CopyOnWriteArrayList<>();
    private final Map<String, JobRun> jobs = new ConcurrentHashMap<>();
    /** Add-ons the configuration asks to change whose handler is missing; only the worker touches it. */
    private final Set<String> waitingForHandler = new HashSet<>();
    /** The add-ons configuration as last reconciled, so an edit not yet seen is never written over; only the worker touches it. */
    private Optional<Map<String, String>> reconciledConfiguration = Optional.empty();
    /** Looks in a row at a configuration that does not yet hold what its file does; only the worker touches it. */
    private int unsettledLooks;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "marketplace-jobs");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public MarketplaceServiceImpl(@Reference(target = "(osgi.unit.name=crm.marketplace)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.marketplace)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference AuditTrail audit, @Reference EventAdmin events, @Reference ModuleRegistry modules,
            @Reference ConfigurationAdmin configurationAdmin, @Reference SchemaPurge purge, BundleContext context, Config config) {
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.config = config;
        this.store = new AddonStore(new Transactions(jpa));
        Path etc = Path.of(System.getProperty("karaf.etc", "etc"));
        this.configurations = new CatalogConfigurations(configurationAdmin, etc);
        this.addonsConfiguration = new AddonsConfiguration(configurationAdmin, etc.resolve(AddonsConfiguration.PID + ".cfg"),
                Path.of(System.getProperty("karaf.data", "data"), "marketplace", "addons.written"));
        this.keys = new TrustedKeys(folder(config.keysFolder(), etc.toString(), "peyvand", "catalog-keys"));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(Math.max(1, config.timeoutSeconds())))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        ArtifactCache cache = new ArtifactCache(folder(config.artifactsFolder(), System.getProperty("karaf.data", "data"), "marketplace",
                "artifacts"));
        this.installer = new Installer(modules, store, cache, keys, audit, clock, catalogs::source, this::handlerFor,
                new ModuleSchemas(context, modules, purge)::purge);
        worker.execute(() -> {
            readConfiguredCatalogs();
            catalogs.configuredIds().forEach(catalogs::refresh);
            reconcileAddons(Optional.empty());
        });
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(CatalogProvider provider) {
        catalogs.provided(provider);
    }

    void removeProvider(CatalogProvider provider) {
        catalogs.withdrawn(provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(InstallHandler handler) {
        handlers.add(handler);
        worker.execute(() -> {
            restoreMissing(handler);
            reconcileAddons(Optional.of(handler));
        });
    }

    void removeHandler(InstallHandler handler) {
        handlers.remove(handler);
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (AddonsConfiguration.PID.equals(event.getPid()) && event.getType() != ConfigurationEvent.CM_LOCATION_CHANGED && !worker.isShutdown()) {
            worker.execute(() -> reconcileAddons(Optional.empty()));
        }
    }

    @Override
    public List<CatalogInfo> catalogs(Caller caller) {
        guard.require(caller, MarketplacePermissions.READ);
        return catalogs.infos();
    }

    @Override
    public CatalogInfo addCatalog(Caller caller, CatalogInput input) {
        guard.require(caller, MarketplacePermissions.MANAGE);
        Validator problems = new Validator();
        if (input == null) {
            problems.reject("id", "core.error.required");
            problems.throwIfInvalid();
        }
        if (input.id() == null || !CATALOG_ID.matcher(input.id()).matches()) {
            problems.reject("id", "marketplace.error.catalogId");
        } else if (catalogs.infos().stream().anyMatch(info -> info.id().equals(input.id()))) {
            problems.reject("id", "marketplace.error.catalogExists", input.id());
        }
        if (input.kind() == null || input.kind() == CatalogKind.BUILT_IN) {
            problems.reject("kind", "marketplace.error.catalogKind");
        } else if (input.location() == null || input.location().isBlank()) {
            problems.reject("location", "core.error.required");
        } else if (input.kind() == CatalogKind.FOLDER && !Files.isDirectory(Path.of(input.location()))) {
            problems.reject("location", "marketplace.error.noFolder", input.location());
        } else if (input.kind() == CatalogKind.REMOTE && !RemoteCatalog.acceptable(input.location())) {
            problems.reject("location", "marketplace.error.notHttp", input.location());
        }
        problems.throwIfInvalid();
        try {
            configurations.save(input);
        } catch (IOException e) {
            throw new IllegalStateException("the catalog's configuration could not be written", e);
        }
        audit.record(caller.username(), "catalog.added", "catalog", input.id(), input.kind() + " " + input.location(), List.of());
        readConfiguredCatalogs();
        return catalogs.refresh(input.id());
    }

    @Override
    public void removeCatalog(Caller caller, String id) {
        guard.require(caller, MarketplacePermissions.MANAGE);
        if (catalogs.source(id).isEmpty()) {
            throw new NotFoundException("marketplace.error.noCatalog", id);
        }
        try {
            configurations.remove(id);
        } catch (IOException e) {
            throw new IllegalStateException("the catalog's configuration could not be removed", e);
        }
        audit.record(caller.username(), "catalog.removed", "catalog", id, id, List.of());
        readConfiguredCatalogs();
    }

    @Override
    public List<CatalogInfo> refresh(Caller caller) {
        guard.require(caller, MarketplacePermissions.READ);
        readConfiguredCatalogs();
        catalogs.configuredIds().forEach(catalogs::refresh);
        return catalogs.infos();
    }

    @Override
    public CatalogImage image(Caller caller, String catalogId, String path) {
        guard.require(caller, MarketplacePermissions.READ);
        String extension = path == null ? "" : path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String mediaType = IMAGE_TYPES.get(extension);
        Optional<CatalogSource> source = catalogs.source(catalogId);
        if (mediaType == null || source.isEmpty()) {
            throw new NotFoundException("marketplace.error.noImage", String.valueOf(path));
        }
        try {
            return new CatalogImage(mediaType, source.get().file(path, MAX_IMAGE_BYTES));
        } catch (CatalogError e) {
            throw new NotFoundException("marketplace.error.noImage", path);
        }
    }

    @Override
    public List<Addon> addons(Caller caller, AddonQuery query) {
        guard.require(caller, MarketplacePermissions.READ);
        AddonQuery asked = query == null ? AddonQuery.ALL : query;
        List<String> words = asked.text() == null ? List.of() : SearchWords.ofQuery(asked.text());
        Locale locale = caller.locale();
        return addons().stream()
                .filter(addon -> asked.category() == null || asked.category().equals(addon.latest().category()))
                .filter(addon -> asked.installed() == null || asked.installed() == addon.installed().isPresent())
                .filter(addon -> words.isEmpty() || matches(addon.latest(), words))
                .sorted(Comparator.comparing((Addon addon) -> addon.latest().name(locale)))
                .toList();
    }

    @Override
    public Addon addon(Caller caller, String id) {
        guard.require(caller, MarketplacePermissions.READ);
        return find(id);
    }

    private Addon find(String id) {
        return addons().stream().filter(addon -> addon.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("marketplace.error.noAddon", String.valueOf(id)));
    }

    @Override
    public InstallJob install(Caller caller, String id, String version) {
        guard.require(caller, MarketplacePermissions.MANAGE);
        return install(caller.username(), id, version);
    }

    private InstallJob install(String actor, String id, String version) {
        Addon addon = find(id);
        if (addon.installed().isPresent()) {
            throw new ConflictException("marketplace.error.installed", List.of(), id, addon.installed().get().version());
        }
        CatalogEntry entry = version(addon, version);
        return queue(actor, id, InstallJob.Action.INSTALL, null, entry.version(), run -> installer.install(run, entry, Optional.empty()));
    }

    @Override
    public InstallJob update(Caller caller, String id, String version) {
        guard.require(caller, MarketplacePermissions.MANAGE);
        return update(caller.username(), id, version);
    }

    private InstallJob update(String actor, String id, String version) {
        Addon addon = find(id);
        InstalledAddon installed = addon.installed()
                .orElseThrow(() -> new ConflictException("marketplace.error.notInstalled", List.of(), id));
        CatalogEntry entry = version(addon, version);
        if (entry.version().equals(installed.version())) {
            throw new ConflictException("marketplace.error.sameVersion", List.of(), id, installed.version());
        }
        Optional<AddonEntity> row = store.find(id);
        return queue(actor, id, InstallJob.Action.UPDATE, installed.version(), entry.version(), run -> installer.install(run, entry,
                Optional.of(row.orElseGet(() -> AddonStore.carried(installed)))));
    }

    @Override
    public InstallJob uninstall(Caller caller, String id, boolean purge) {
        guard.require(caller, MarketplacePermissions.MANAGE);
        return uninstall(caller.username(), id, purge);
    }

    private InstallJob uninstall(String actor, String id, boolean purge) {
        Addon addon = find(id);
        InstalledAddon installed = addon.installed()
                .orElseThrow(() -> new ConflictException("marketplace.error.notInstalled", List.of(), id));
        InstallHandler handler = handlerFor(addon.latest())
                .orElseThrow(() -> new ConflictException("marketplace.error.noHandler", List.of(), addon.latest().contentType().wireName()));
        return queue(actor, id, InstallJob.Action.UNINSTALL, installed.version(), null, run -> installer.uninstall(run, installed, handler, purge));
    }

    @Override
    public InstallJob job(Caller caller, String id) {
        guard.require(caller, MarketplacePermissions.READ);
        JobRun run = id == null ? null : jobs.get(id);
        if (run == null) {
            throw new NotFoundException("marketplace.error.noJob", String.valueOf(id));
        }
        return run.job();
    }

    @Override
    public InstallJob cancel(Caller caller, String id) {
        guard.require(caller, MarketplacePermissions.MANAGE);
        JobRun run = id == null ? null : jobs.get(id);
        if (run == null) {
            throw new NotFoundException("marketplace.error.noJob", String.valueOf(id));
        }
        if (!run.cancel()) {
            throw new ConflictException(run.job().state().finished() ? "marketplace.error.jobFinished" : "marketplace.error.jobChanging", List.of(),
                    run.job().addonId());
        }
        audit.record(caller.username(), "addon.cancelled", "addon", run.job().addonId(), run.job().action() + " " + run.job().addonId(), List.of());
        return run.job();
    }

    @Override
    public List<InstallJob> jobs(Caller caller) {
        guard.require(caller, MarketplacePermissions.READ);
        return jobs.values().stream().map(JobRun::job).sorted(Comparator.comparing(InstallJob::started).reversed()).toList();
    }

    private InstallJob queue(String actor, String addonId, InstallJob.Action action, String from, String to, Consumer<JobRun> work) {
        synchronized (jobs) {
            Optional<InstallJob> underWay = underWay(addonId);
            if (underWay.isPresent()) {
                throw new ConflictException("marketplace.error.busy", List.of(), addonId, underWay.get().actor());
            }
            JobRun run = run(actor, addonId, action, from, to);
            worker.execute(() -> {
                work.accept(run);
                if (run.job().state() == InstallJob.State.DONE) {
                    mirrorAddons();
                }
            });
            return run.job();
        }
    }

    private boolean busy(String addonId) {
        return underWay(addonId).isPresent();
    }

    private Optional<InstallJob> underWay(String addonId) {
        return jobs.values().stream().map(JobRun::job).filter(job -> job.addonId().equals(addonId) && !job.state().finished()).findFirst();
    }

    /** A new job, queued, kept until the server stops. */
    private JobRun run(String actor, String addonId, InstallJob.Action action, String from, String to) {
        JobRun run = new JobRun(new InstallJob(UUID.randomUUID().toString(), addonId, action, from, to, InstallJob.State.QUEUED, 0,
                "marketplace.step.queued", null, null, clock.instant(), null, actor, true), clock, this::announce);
        jobs.put(run.job().id(), run);
        return run;
    }

    private void announce(InstallJob job) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CrmEvents.PROPERTY_ID, job.id());
        properties.put(CrmEvents.PROPERTY_MODULE, job.addonId());
        properties.put(CrmEvents.PROPERTY_USER, job.actor());
        properties.put("crm.state", job.state().name());
        properties.put("crm.percent", job.percent());
        events.postEvent(new Event(CrmEvents.topic("marketplace", job.addonId(), job.state().name().toLowerCase(Locale.ROOT)), properties));
    }

    /** Every add-on offered or installed, with its versions and what is installed of it. */
    private List<Addon> addons() {
        Map<String, List<CatalogEntry>> offered = new LinkedHashMap<>();
        catalogs.entries().forEach(entry -> offered.computeIfAbsent(entry.id(), id -> new ArrayList<>()));
        Map<String, AddonEntity> rows = new HashMap<>();
        store.all().forEach(row -> rows.put(row.id(), row));
        List<Addon> all = new ArrayList<>();
        for (String id : offered.keySet()) {
            List<CatalogEntry> versions = catalogs.versions(id);
            CatalogEntry latest = versions.get(0);
            all.add(new Addon(id, latest, versions, installed(rows.get(id), latest)));
        }
        rows.values().stream().filter(row -> !offered.containsKey(row.id())).forEach(row -> {
            CatalogEntry kept = Installer.entryOf(row);
            all.add(new Addon(row.id(), kept, List.of(), installed(row, kept)));
        });
        return all;
    }

    /** The desired state's row, or, for a module the distribution carries, whether it is installed now. */
    private Optional<InstalledAddon> installed(AddonEntity row, CatalogEntry latest) {
        if (row != null) {
            boolean present = handlerFor(Installer.entryOf(row)).map(handler -> handler.present(AddonStore.view(row, true))).orElse(false);
            return Optional.of(AddonStore.view(row, present));
        }
        if (latest.sha256() == null) {
            InstalledAddon carried = new InstalledAddon(latest.id(), latest.version(), latest.contentType(), latest.catalog(), latest.artifact(),
                    null, null, SYSTEM, true);
            return handlerFor(latest).filter(handler -> handler.present(carried)).map(handler -> carried);
        }
        return Optional.empty();
    }

    private CatalogEntry version(Addon addon, String version) {
        if (version == null || version.isBlank()) {
            return addon.versions().stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("marketplace.error.noAddon", addon.id()));
        }
        return addon.versions().stream().filter(entry -> entry.version().equals(version.strip())).findFirst()
                .orElseThrow(() -> new NotFoundException("marketplace.error.noVersion", addon.id() + " " + version));
    }

    private Optional<InstallHandler> handlerFor(CatalogEntry entry) {
        return handlers.stream().filter(handler -> handler.handles(entry)).findFirst();
    }

    private static boolean matches(CatalogEntry entry, List<String> words) {
        List<String> texts = new ArrayList<>(entry.names().values());
        texts.addAll(entry.descriptions().values());
        texts.add(entry.vendor());
        texts.add(entry.id());
        Set<String> tokens = SearchWords.tokens(texts);
        return words.stream().allMatch(word -> tokens.stream().anyMatch(token -> token.startsWith(word)));
    }

    private void readConfiguredCatalogs() {
        List<CatalogSource> sources = new ArrayList<>();
        Map<String, Boolean> enabled = new HashMap<>();
        long maxIndex = config.maxIndexKilobytes() * 1024L;
        for (CatalogInput input : configurations.all()) {
            enabled.put(input.id(), input.enabled());
            if (input.kind() == CatalogKind.FOLDER) {
                sources.add(new FolderCatalog(input.id(), Path.of(input.location()), keys, maxIndex));
            } else if (input.kind() == CatalogKind.REMOTE && RemoteCatalog.acceptable(input.location())) {
                sources.add(new RemoteCatalog(input.id(), URI.create(input.location()), keys, http, new RemoteCatalog.Limits(maxIndex,
                        config.maxArtifactMegabytes() * 1024L * 1024L, Duration.ofSeconds(Math.max(1, config.timeoutSeconds())))));
            }
        }
        catalogs.configured(sources, enabled);
    }

    private void restoreMissing(InstallHandler handler) {
        for (AddonEntity row : store.all()) {
            InstalledAddon addon = AddonStore.view(row, false);
            if (handler.handles(Installer.entryOf(row)) && !handler.present(addon)) {
                installer.restore(run(SYSTEM, row.id(), InstallJob.Action.INSTALL, null, row.version()), row, handler);
            }
        }
    }

    /**
     * Runs what an operator's edit of the add-ons configuration asks for, or, when it asks for
     * nothing, makes the configuration mirror the database. With {@code arrived}, only the changes
     * that waited for that handler. Ids with a job under way are left alone.
     */
    private void reconcileAddons(Optional<InstallHandler> arrived) {
        try {
            if (!addonsConfiguration.settled() && unsettledLooks++ < UNSETTLED_LOOKS) {
                // a passing state of Karaf's watcher is nobody's edit: look again once it has applied the file
                CompletableFuture.delayedExecutor(UNSETTLED_PAUSE_MILLIS, TimeUnit.MILLISECONDS).execute(() -> {
                    try {
                        worker.execute(() -> reconcileAddons(arrived));
                    } catch (RejectedExecutionException stopped) {
                        // the marketplace has stopped
                    }
                });
                return;
            }
            unsettledLooks = 0;
            Map<String, String> recorded = recordedAddons();
            Optional<Map<String, String>> configured = addonsConfiguration.read();
            reconciledConfiguration = configured;
            List<Addon> all = addons();
            Map<String, String> installed = new TreeMap<>();
            all.forEach(addon -> addon.installed().ifPresent(now -> installed.put(addon.id(), now.version())));
            List<AddonsPlan.Change> changes = configured.isEmpty() ? List.of()
                    : AddonsPlan.changes(addonsConfiguration.written().orElse(recorded), configured.get(), installed);
            if (changes.isEmpty()) {
                waitingForHandler.clear();
                mirrorAddons();
                return;
            }
            if (arrived.isEmpty()) {
                waitingForHandler.clear();
            }
            for (AddonsPlan.Change change : changes) {
                Optional<CatalogEntry> subject = all.stream().filter(addon -> addon.id().equals(change.id())).findFirst().map(Addon::latest);
                if (busy(change.id()) || arrived.isPresent() && !(waitingForHandler.contains(change.id())
                        && subject.filter(arrived.get()::handles).isPresent())) {
                    continue;
                }
                if (subject.isPresent() && handlerFor(subject.get()).isEmpty()) {
                    waitingForHandler.add(change.id());
                    LOG.info("{} of add-on {} waits for a handler of its type", change.action(), change.id());
                } else {
                    waitingForHandler.remove(change.id());
                    apply(change, installed.get(change.id()));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The add-ons configuration {} could not be reconciled with the database", AddonsConfiguration.PID, e);
        }
    }

    /** Queues a change the configuration asked for; one that cannot even be queued becomes a refused job. */
    private void apply(AddonsPlan.Change change, String installedVersion) {
        try {
            switch (change.action()) {
                case INSTALL -> install(SYSTEM, change.id(), change.version());
                case UPDATE -> update(SYSTEM, change.id(), change.version());
                case UNINSTALL -> uninstall(SYSTEM, change.id(), false);
            }
        } catch (CrmException refused) {
            installer.refuse(run(SYSTEM, change.id(), change.action(), installedVersion, change.version()), refused.messageKey(),
                    List.of(refused.args()));
        }
    }

    /** The add-ons the database holds, id to version. */
    private Map<String, String> recordedAddons() {
        Map<String, String> recorded = new TreeMap<>();
        store.all().forEach(row -> recorded.put(row.id(), row.version()));
        return recorded;
    }

    /**
     * Writes the add-ons configuration from the database, unless it and the record of it say so
     * already. Not while a change waits for its handler, nor over an edit not reconciled yet: its
     * event is on its way.
     */
    private void mirrorAddons() {
        try {
            Map<String, String> recorded = recordedAddons();
            Optional<Map<String, String>> configured = addonsConfiguration.read();
            Optional<Map<String, String>> written = addonsConfiguration.written();
            boolean unseenEdit = configured.isPresent() && !configured.equals(written) && !configured.equals(reconciledConfiguration);
            if (!unseenEdit && waitingForHandler.isEmpty() && (!configured.equals(Optional.of(recorded)) || !written.equals(Optional.of(recorded)))) {
                addonsConfiguration.write(recorded);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The add-ons configuration {} could not be written", AddonsConfiguration.PID, e);
        }
    }

    private static Path folder(String configured, String base, String... under) {
        return configured.isBlank() ? Path.of(base, under) : Path.of(configured);
    }
}
