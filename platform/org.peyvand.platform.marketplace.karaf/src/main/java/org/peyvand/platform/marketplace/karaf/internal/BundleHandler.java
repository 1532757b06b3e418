package org.peyvand.platform.marketplace.karaf.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.InstallFailure;
import org.peyvand.platform.marketplace.InstallHandler;
import org.peyvand.platform.marketplace.InstalledAddon;

/**
 * Installs a plain bundle, one copy per add-on. A bundle that cannot resolve or throws while
 * starting is removed again, or, in an update, put back to the previous version's content.
 */
@Component(service = InstallHandler.class)
public class BundleHandler implements InstallHandler {
    private final BundleSlot slot;

    @Activate
    public BundleHandler(BundleContext context) {
        this.slot = new BundleSlot(context);
    }

    @Override
    public boolean handles(CatalogEntry entry) {
        return entry.contentType() == ContentType.BUNDLE;
    }

    @Override
    public void install(CatalogEntry entry, Path artifact, Optional<InstalledAddon> previous, Path previousArtifact, Progress progress)
            throws InstallFailure {
        slot.install(entry.id(), artifact, previousArtifact);
    }

    @Override
    public void uninstall(InstalledAddon addon, Progress progress) throws InstallFailure {
        slot.uninstall(addon.id());
    }

    @Override
    public boolean present(InstalledAddon addon) {
        return slot.present(addon.id());
    }
}
