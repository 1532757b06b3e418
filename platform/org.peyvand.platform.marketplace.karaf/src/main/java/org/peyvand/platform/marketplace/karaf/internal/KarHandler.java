package org.peyvand.platform.marketplace.karaf.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.kar.KarService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.InstallFailure;
import org.peyvand.platform.marketplace.InstallHandler;
import org.peyvand.platform.marketplace.InstalledAddon;
import org.peyvand.platform.module.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs a module from a KAR through Karaf's KAR service, which adds the features it carries and
 * installs them; the module's feature is {@code crm-module-<id>}. An update removes the old KAR first (its tables stay) and installs the new one,
 * whose migrations run as its bundle starts; when the new one fails, it is removed and the old one
 * installed again.
 */
@Component(service = InstallHandler.class, configurationPid = MarketplaceKarafConfig.PID)
public class KarHandler implements InstallHandler {
    private static final Logger LOG = LoggerFactory.getLogger(KarHandler.class);
    private static final String EXTENSION = ".kar";
    private static final String FEATURE_PREFIX = "crm-module-";

    private final KarService kars;
    private final FeaturesService features;
    private final ModuleReadiness readiness;
    private final ModuleBundles bundles;

    @Activate
    public KarHandler(@Reference KarService kars, @Reference FeaturesService features, @Reference ModuleRegistry modules,
            BundleContext context, MarketplaceKarafConfig config) {
        this.kars = kars;
        this.features = features;
        this.readiness = new ModuleReadiness(modules, Duration.ofSeconds(Math.max(1, config.readySeconds())));
        this.bundles = new ModuleBundles(context, modules);
    }

    @Override
    public boolean handles(CatalogEntry entry) {
        return entry.contentType() == ContentType.MODULE && entry.artifact().endsWith(EXTENSION);
    }

    @Override
    public void install(CatalogEntry entry, Path artifact, Optional<InstalledAddon> previous, Path previousArtifact, Progress progress)
            throws InstallFailure {
        if (previous.isPresent()) {
            remove(name(previous.get().id(), previous.get().version()), previous.get().id());
        }
        progress.progress(1, 4);
        try {
            if (kars.list().contains(name(entry.id(), entry.version()))) {
                // left behind without its feature: install it afresh
                remove(name(entry.id(), entry.version()), entry.id());
            }
            kars.install(artifact.toUri());
            installModuleFeature(entry.id());
            progress.progress(2, 4);
            readiness.awaitReady(entry.id(), progress);
            progress.progress(4, 4);
        } catch (InstallFailure failure) {
            undo(entry, previous, previousArtifact);
            throw failure;
        } catch (Exception e) {
            LOG.warn("Installing {} {} failed; putting back what was there", entry.id(), entry.version(), e);
            undo(entry, previous, previousArtifact);
            throw new InstallFailure(e, "marketplace.error.karFailed", entry.id(), rootMessage(e));
        }
    }

    @Override
    public void uninstall(InstalledAddon addon, Progress progress) throws InstallFailure {
        try {
            remove(name(addon.id(), addon.version()), addon.id());
        } catch (Exception e) {
            throw new InstallFailure(e, "marketplace.error.removeFailed", addon.id(), rootMessage(e));
        }
    }

    /** Whether its KAR is there and the module's feature installed: a KAR whose feature was removed is not. */
    @Override
    public boolean present(InstalledAddon addon) {
        try {
            Feature feature = features.getFeature(FEATURE_PREFIX + addon.id());
            return kars.list().contains(name(addon.id(), addon.version())) && feature != null && features.isInstalled(feature);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The KAR service installs a KAR's features but only logs why one could not be; installing the
     * module's feature again (nothing happens when it is installed) brings that reason out.
     */
    private void installModuleFeature(String moduleId) throws Exception {
        Feature feature = features.getFeature(FEATURE_PREFIX + moduleId);
        if (feature == null) {
            throw new InstallFailure("marketplace.error.noFeature", moduleId, FEATURE_PREFIX + moduleId);
        }
        if (!features.isInstalled(feature)) {
            features.installFeature(feature.getName(), feature.getVersion(), EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        }
    }

    private void undo(CatalogEntry entry, Optional<InstalledAddon> previous, Path previousArtifact) {
        try {
            if (kars.list().contains(name(entry.id(), entry.version()))) {
                remove(name(entry.id(), entry.version()), entry.id());
            }
            if (previous.isPresent() && previousArtifact != null) {
                kars.install(previousArtifact.toUri());
                readiness.awaitReady(previous.get().id(), Progress.NONE);
            }
        } catch (Exception e) {
            LOG.error("Could not put back {} after a failed install", entry.id(), e);
        }
    }

    private void remove(String karName, String moduleId) throws InstallFailure {
        Optional<Bundle> stopped = bundles.stop(moduleId);
        try {
            kars.uninstall(karName);
        } catch (Exception e) {
            ModuleBundles.restart(stopped);
            throw new InstallFailure(e, "marketplace.error.removeFailed", moduleId, rootMessage(e));
        }
        readiness.awaitGone(moduleId);
    }

    /** Karaf names a KAR by its file name; the marketplace keeps each as {@code <id>-<version>.kar}. */
    static String name(String id, String version) {
        return id + "-" + version;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
