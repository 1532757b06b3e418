package org.peyvand.platform.marketplace;

import java.nio.file.Path;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;
import org.peyvand.platform.core.work.Progress;

/**
 * Installs the add-ons of some content types. The marketplace has already checked the kernel range,
 * the required modules, the checksum and the signature; the handler makes the change and proves it
 * worked, or leaves what was there before. Registered as a service; the marketplace picks the one
 * that {@link #handles} an entry.
 */
@ConsumerType
public interface InstallHandler {

    boolean handles(CatalogEntry entry);

    /**
     * Installs {@code entry}, replacing {@code previous} when given (an update). On any failure
     * everything is as before the call, {@code previous} running again, and the failure says why.
     *
     * @param artifact the verified artifact on disk; {@code null} for an entry the distribution carries
     * @param previousArtifact the artifact {@code previous} was installed from, to restore it
     */
    void install(CatalogEntry entry, Path artifact, Optional<InstalledAddon> previous, Path previousArtifact, Progress progress)
            throws InstallFailure;

    /** Removes an installed add-on; its data stays. */
    void uninstall(InstalledAddon addon, Progress progress) throws InstallFailure;

    /** Whether it is installed right now. */
    boolean present(InstalledAddon addon);
}
