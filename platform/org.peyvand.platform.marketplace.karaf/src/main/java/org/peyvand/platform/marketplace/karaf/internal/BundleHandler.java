package org.peyvand.platform.marketplace.karaf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.InstallFailure;
import org.peyvand.platform.marketplace.InstallHandler;
import org.peyvand.platform.marketplace.InstalledAddon;

/**
 * Installs a plain bundle under the location {@code marketplace:<id>}, so exactly one copy exists
 * per add-on. A bundle that cannot resolve or throws while starting is removed again, or, in an
 * update, put back to the previous version's content.
 */
@Component(service = InstallHandler.class)
public class BundleHandler implements InstallHandler {
    private static final String LOCATION = "marketplace:";

    private final BundleContext context;

    @Activate
    public BundleHandler(BundleContext context) {
        this.context = context;
    }

    @Override
    public boolean handles(CatalogEntry entry) {
        return entry.contentType() == ContentType.BUNDLE;
    }

    @Override
    public void install(CatalogEntry entry, Path artifact, Optional<InstalledAddon> previous, Path previousArtifact, Progress progress)
            throws InstallFailure {
        Bundle existing = context.getBundle(LOCATION + entry.id());
        Bundle bundle = null;
        try (InputStream in = Files.newInputStream(artifact)) {
            if (existing != null) {
                existing.update(in);
                bundle = existing;
            } else {
                bundle = context.installBundle(LOCATION + entry.id(), in);
            }
            bundle.start();
        } catch (BundleException | IOException | RuntimeException e) {
            undo(bundle, existing, previousArtifact);
            throw new InstallFailure(e, "marketplace.error.bundleFailed", entry.id(), KarHandler.rootMessage(e));
        }
    }

    @Override
    public void uninstall(InstalledAddon addon, Progress progress) throws InstallFailure {
        Bundle bundle = context.getBundle(LOCATION + addon.id());
        if (bundle == null) {
            return;
        }
        try {
            bundle.uninstall();
        } catch (BundleException e) {
            throw new InstallFailure(e, "marketplace.error.removeFailed", addon.id(), KarHandler.rootMessage(e));
        }
    }

    @Override
    public boolean present(InstalledAddon addon) {
        return context.getBundle(LOCATION + addon.id()) != null;
    }

    private static void undo(Bundle bundle, Bundle existing, Path previousArtifact) {
        try {
            if (existing != null && previousArtifact != null) {
                try (InputStream in = Files.newInputStream(previousArtifact)) {
                    existing.update(in);
                }
                existing.start();
            } else if (bundle != null) {
                bundle.uninstall();
            }
        } catch (BundleException | IOException | RuntimeException e) {
            // the failure reported is the install's; what stays is logged by the framework
        }
    }
}
