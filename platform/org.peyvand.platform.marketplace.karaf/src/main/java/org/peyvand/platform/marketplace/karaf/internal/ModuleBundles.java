package org.peyvand.platform.marketplace.karaf.internal;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.peyvand.platform.module.ModuleInfo;
import org.peyvand.platform.module.ModuleRegistry;

/**
 * A module's bundle stopped ahead of its removal, so its screens, paths and commands go at once
 * rather than after Karaf has worked out the removal, which takes most of an uninstall.
 */
final class ModuleBundles {
    private final BundleContext context;
    private final ModuleRegistry modules;

    ModuleBundles(BundleContext context, ModuleRegistry modules) {
        this.context = context;
        this.modules = modules;
    }

    /** Stops the module's bundle for now; the returned bundle is started again if the removal fails. */
    Optional<Bundle> stop(String moduleId) {
        Optional<Bundle> bundle = modules.find(moduleId).map(ModuleInfo::bundle).flatMap(this::active);
        bundle.ifPresent(running -> {
            try {
                running.stop(Bundle.STOP_TRANSIENT);
            } catch (BundleException e) {
                // the removal stops it anyway
            }
        });
        return bundle;
    }

    static void restart(Optional<Bundle> stopped) {
        stopped.filter(bundle -> bundle.getState() == Bundle.RESOLVED).ifPresent(bundle -> {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                // the removal's failure is reported; the module registry shows the module's state
            }
        });
    }

    private Optional<Bundle> active(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() == Bundle.ACTIVE) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }
}
