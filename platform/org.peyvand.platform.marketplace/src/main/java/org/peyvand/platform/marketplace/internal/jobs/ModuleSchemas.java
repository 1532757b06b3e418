package org.peyvand.platform.marketplace.internal.jobs;

import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.peyvand.platform.marketplace.InstallFailure;
import org.peyvand.platform.module.ModuleInfo;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.persistence.SchemaPurge;

/**
 * Purges a module's schema: its bundle is stopped so nothing uses the tables, they are dropped,
 * and the bundle is left stopped for its handler to remove; when the drop fails the bundle starts
 * again and the module keeps running with its data.
 */
public final class ModuleSchemas {
    private final BundleContext context;
    private final ModuleRegistry modules;
    private final SchemaPurge purge;

    public ModuleSchemas(BundleContext context, ModuleRegistry modules, SchemaPurge purge) {
        this.context = context;
        this.modules = modules;
        this.purge = purge;
    }

    public List<String> purge(String moduleId) throws InstallFailure {
        Optional<Bundle> found = modules.find(moduleId).map(ModuleInfo::bundle).flatMap(this::bundle);
        if (found.isEmpty()) {
            return List.of();
        }
        Bundle bundle = found.get();
        try {
            bundle.stop(Bundle.STOP_TRANSIENT);
            return purge.purge(bundle);
        } catch (BundleException | RuntimeException e) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException | RuntimeException restart) {
                e.addSuppressed(restart);
            }
            throw new InstallFailure(e, "marketplace.error.purgeFailed", moduleId, e.getMessage());
        }
    }

    private Optional<Bundle> bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() == Bundle.ACTIVE) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }
}
