package org.peyvand.platform.marketplace.internal.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.InstallFailure;
import org.peyvand.platform.marketplace.InstallHandler;
import org.peyvand.platform.marketplace.InstallJob;
import org.peyvand.platform.marketplace.InstalledAddon;
import org.peyvand.platform.marketplace.internal.catalog.CatalogError;
import org.peyvand.platform.marketplace.internal.catalog.CatalogSource;
import org.peyvand.platform.marketplace.internal.store.AddonEntity;
import org.peyvand.platform.marketplace.internal.store.AddonStore;
import org.peyvand.platform.marketplace.internal.store.ArtifactCache;
import org.peyvand.platform.marketplace.internal.trust.Checksums;
import org.peyvand.platform.marketplace.internal.trust.TrustedKeys;
import org.peyvand.platform.module.ModuleInfo;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.security.AuditTrail;

/**
 * The body of install, update and uninstall jobs. Everything that can refuse an add-on is checked
 * before anything changes: kernel range, required modules, checksum, signature. Then its handler
 * makes the change, which it undoes itself when the change fails; only a change that worked is
 * recorded as desired state. Refusals and rollbacks are audited like successes.
 */
public final class Installer {
    static final String OBJECT_TYPE = "addon";

    private final ModuleRegistry modules;
    private final AddonStore store;
    private final ArtifactCache cache;
    private final TrustedKeys keys;
    private final AuditTrail audit;
    private final Clock clock;
    private final Function<String, Optional<CatalogSource>> sources;
    private final Function<CatalogEntry, Optional<InstallHandler>> handlers;
    private final SchemaEraser schemas;

    /** Drops what a module's migrations created, its bundle stopped first; see {@link ModuleSchemas}. */
    @FunctionalInterface
    public interface SchemaEraser {
        List<String> erase(String moduleId) throws InstallFailure;
    }

    public Installer(ModuleRegistry modules, AddonStore store, ArtifactCache cache, TrustedKeys keys, AuditTrail audit, Clock clock,
            Function<String, Optional<CatalogSource>> sources, Function<CatalogEntry, Optional<InstallHandler>> handlers,
            SchemaEraser schemas) {
        this.modules = modules;
        this.store = store;
        this.cache = cache;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
        this.sources = sources;
        this.handlers = handlers;
        this.schemas = schemas;
    }

    /** Installs {@code entry}, over {@code previous} when it is an update. */
    public void install(JobRun run, CatalogEntry entry, Optional<AddonEntity> previous) {
        String actor = run.job().actor();
        String action = previous.isPresent() ? "addon.updated" : "addon.installed";
        if (run.cancelled()) {
            run.stopped();
            return;
        }
        try {
            run.step("marketplace.step.checking", 0, 10);
            checkKernel(entry);
            checkRequires(entry);
            previous.ifPresent(was -> checkDowngrade(was, entry));
            InstallHandler handler = handlers.apply(entry)
                    .orElseThrow(() -> new Refusal("marketplace.error.noHandler", entry.contentType().wireName()));
            run.step("marketplace.step.downloading", 10, 40);
            Path artifact = entry.sha256() == null ? null : verifiedArtifact(entry);
            if (!run.startChanging()) {
                run.stopped();
                return;
            }
            run.step("marketplace.step.installing", 40, 95);
            Optional<InstalledAddon> was = previous.map(row -> AddonStore.view(row, true));
            Path previousArtifact = previous.filter(row -> row.sha256() != null).map(row -> cache.place(entryOf(row))).orElse(null);
            handler.install(entry, artifact, was, previousArtifact, run);
            store.installed(entry, entry.artifact(), clock.instant(), actor);
            audit.record(actor, action, OBJECT_TYPE, entry.id(), summary(entry, previous), List.of());
            run.done();
        } catch (Refusal refusal) {
            audit.record(actor, "addon.refused", OBJECT_TYPE, entry.id(), summary(entry, previous) + ": " + refusal.getMessage(), List.of());
            run.refused(refusal.getMessage(), refusal.args);
        } catch (InstallFailure failure) {
            audit.record(actor, "addon.rolledBack", OBJECT_TYPE, entry.id(), summary(entry, previous) + ": " + failure.messageKey(), List.of());
            run.rolledBack(failure.messageKey(), failure.args());
        }
    }

    public void uninstall(JobRun run, InstalledAddon addon, InstallHandler handler, boolean purge) {
        String actor = run.job().actor();
        if (run.cancelled()) {
            run.stopped();
            return;
        }
        run.startChanging();
        try {
            if (purge) {
                run.step("marketplace.step.purging", 0, 50);
                List<String> dropped = schemas.erase(addon.id());
                audit.record(actor, "addon.purged", OBJECT_TYPE, addon.id(), addon.id() + ": " + String.join(", ", dropped), List.of());
            }
            run.step("marketplace.step.removing", purge ? 50 : 0, 95);
            handler.uninstall(addon, run);
            store.removed(addon.id());
            audit.record(actor, "addon.uninstalled", OBJECT_TYPE, addon.id(), addon.id() + " " + addon.version(), List.of());
            run.done();
        } catch (InstallFailure failure) {
            audit.record(actor, "addon.rolledBack", OBJECT_TYPE, addon.id(), "uninstall " + addon.id() + ": " + failure.messageKey(), List.of());
            run.rolledBack(failure.messageKey(), failure.args());
        }
    }

    /**
     * Puts back an add-on the desired state holds but the platform lacks (its bundles lost with the
     * data folder's cache, say), from the artifact kept when it was installed, verified again.
     */
    public void restore(JobRun run, AddonEntity row, InstallHandler handler) {
        CatalogEntry entry = entryOf(row);
        run.startChanging();
        try {
            run.step("marketplace.step.restoring", 0, 95);
            Path artifact = null;
            if (row.sha256() != null) {
                artifact = cache.place(entry);
                if (!Files.isRegularFile(artifact) || !row.sha256().equals(Checksums.sha256(artifact))) {
                    throw new Refusal("marketplace.error.cacheLost", row.id());
                }
            }
            handler.install(entry, artifact, Optional.empty(), null, run);
            audit.record(run.job().actor(), "addon.restored", OBJECT_TYPE, row.id(), row.id() + " " + row.version(), List.of());
            run.done();
        } catch (Refusal refusal) {
            run.refused(refusal.getMessage(), refusal.args);
        } catch (InstallFailure failure) {
            run.rolledBack(failure.messageKey(), failure.args());
        } catch (IOException e) {
            run.refused("marketplace.error.cacheLost", List.of(row.id()));
        }
    }

    /** Ends a job asked for by the add-ons configuration that could not even be queued: an id or version no catalog offers, say. */
    public void refuse(JobRun run, String key, List<Object> args) {
        InstallJob job = run.job();
        audit.record(job.actor(), "addon.refused", OBJECT_TYPE, job.addonId(), job.action().name().toLowerCase(Locale.ROOT) + " " + job.addonId()
                + (job.toVersion() == null ? "" : " " + job.toVersion()) + ": " + key, List.of());
        run.refused(key, args);
    }

    private void checkKernel(CatalogEntry entry) {
        String kernel = modules.status().kernelVersion();
        if (!new VersionRange(entry.kernelRange()).includes(Version.parseVersion(kernel))) {
            throw new Refusal("marketplace.error.kernel", entry.kernelRange(), kernel);
        }
    }

    private void checkRequires(CatalogEntry entry) {
        List<String> missing = entry.requires().stream()
                .filter(id -> modules.find(id).map(ModuleInfo::state).filter(ModuleState.READY::equals).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new Refusal("marketplace.error.requires", String.join(", ", missing));
        }
    }

    private static void checkDowngrade(AddonEntity installed, CatalogEntry entry) {
        if (Version.parseVersion(entry.version()).compareTo(Version.parseVersion(installed.version())) < 0 && !installed.downgradeSafe()) {
            throw new Refusal("marketplace.error.downgrade", installed.version(), entry.version());
        }
    }

    private Path verifiedArtifact(CatalogEntry entry) {
        Path kept = cache.place(entry);
        try {
            if (Files.isRegularFile(kept) && entry.sha256().equals(Checksums.sha256(kept))) {
                return kept;
            }
            CatalogSource source = sources.apply(entry.catalog()).orElseThrow(() -> new Refusal("marketplace.error.catalogGone", entry.catalog()));
            Path download = cache.download();
            try {
                source.fetch(entry, download);
                String actual = Checksums.sha256(download);
                if (!actual.equals(entry.sha256())) {
                    throw new Refusal("marketplace.error.checksum", entry.artifact(), entry.sha256(), actual);
                }
                if (entry.signature() != null && !keys.verify(Files.readAllBytes(download), entry.signature())) {
                    throw new Refusal("marketplace.error.artifactSignature", entry.artifact());
                }
                return cache.keep(download, entry);
            } finally {
                Files.deleteIfExists(download);
            }
        } catch (CatalogError e) {
            throw new Refusal(e.messageKey(), e.args().toArray());
        } catch (IOException e) {
            throw new Refusal("marketplace.error.artifactMissing", entry.catalog(), entry.artifact());
        }
    }

    /** What the desired state keeps of an entry: enough to find its handler and its kept artifact. */
    public static CatalogEntry entryOf(AddonEntity row) {
        return new CatalogEntry(row.catalog(), row.id(), row.version(), Map.of(), Map.of(), "", "", List.of(), "", null, "0", List.of(),
                List.of(), ContentType.ofWireName(row.contentType()).orElseThrow(),
                row.artifact(), row.sha256(), null, row.downgradeSafe());
    }

    private static String summary(CatalogEntry entry, Optional<AddonEntity> previous) {
        return entry.id() + " " + previous.map(was -> was.version() + " → ").orElse("") + entry.version() + " (" + entry.catalog() + ")";
    }

    /** A reason to refuse found before anything changed. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Object> args;

        Refusal(String key, Object... args) {
            super(key);
            this.args = List.of(args);
        }
    }
}
