package org.peyvand.platform.marketplace.karaf.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
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

/**
 * Installs and removes the modules the distribution carries, each a feature of its repository
 * ({@code feature:<name>/<version>}). Bundles other modules share are never refreshed, so nothing
 * else restarts.
 */
@Component(service = InstallHandler.class, configurationPid = MarketplaceKarafConfig.PID)
public class FeatureHandler implements InstallHandler {
    static final String SCHEME = "feature:";
    private static final EnumSet<FeaturesService.Option> QUIET = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    private final FeaturesService features;
    private final ModuleReadiness readiness;
    private final ModuleBundles bundles;

    @Activate
    public FeatureHandler(@Reference FeaturesService features, @Reference ModuleRegistry modules, BundleContext context,
            MarketplaceKarafConfig config) {
        this.features = features;
        this.readiness = new ModuleReadiness(modules, Duration.ofSeconds(Math.max(1, config.readySeconds())));
        this.bundles = new ModuleBundles(context, modules);
    }

    @Override
    public boolean handles(CatalogEntry entry) {
        return entry.contentType() == ContentType.MODULE && entry.artifact().startsWith(SCHEME);
    }

    @Override
    public void install(CatalogEntry entry, Path artifact, Optional<InstalledAddon> previous, Path previousArtifact, Progress progress)
            throws InstallFailure {
        String[] feature = feature(entry.artifact());
        try {
            features.installFeature(feature[0], feature[1], QUIET);
        } catch (Exception e) {
            throw new InstallFailure(e, "marketplace.error.karFailed", entry.id(), KarHandler.rootMessage(e));
        }
        try {
            readiness.awaitReady(entry.id(), progress);
        } catch (InstallFailure failure) {
            try {
                features.uninstallFeature(feature[0], feature[1], QUIET);
            } catch (Exception ignored) {
                // the failure reported is the module's, whatever removing it says
            }
            throw failure;
        }
    }

    @Override
    public void uninstall(InstalledAddon addon, Progress progress) throws InstallFailure {
        String[] feature = feature(addon.artifact());
        Optional<Bundle> stopped = bundles.stop(addon.id());
        try {
            features.uninstallFeature(feature[0], feature[1], QUIET);
        } catch (Exception e) {
            ModuleBundles.restart(stopped);
            throw new InstallFailure(e, "marketplace.error.removeFailed", addon.id(), KarHandler.rootMessage(e));
        }
        readiness.awaitGone(addon.id());
    }

    @Override
    public boolean present(InstalledAddon addon) {
        try {
            String[] name = feature(addon.artifact());
            Feature feature = features.getFeature(name[0], name[1]);
            return feature != null && features.isInstalled(feature);
        } catch (Exception e) {
            return false;
        }
    }

    /** The name and version in {@code feature:<name>/<version>}. */
    static String[] feature(String artifact) {
        String ref = artifact.substring(SCHEME.length());
        int slash = ref.indexOf('/');
        return slash < 0 ? new String[] {ref, null} : new String[] {ref.substring(0, slash), ref.substring(slash + 1)};
    }
}
