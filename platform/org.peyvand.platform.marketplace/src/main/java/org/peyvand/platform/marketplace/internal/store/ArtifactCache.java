package org.peyvand.platform.marketplace.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.peyvand.platform.marketplace.CatalogEntry;

/**
 * Verified artifacts kept under the data folder, by checksum: what an installed add-on came from, so
 * it can be restored at start or after a failed update without its catalog.
 */
public final class ArtifactCache {
    private final Path folder;

    public ArtifactCache(Path folder) {
        this.folder = folder;
    }

    /** Where a verified artifact of {@code entry} is kept; the file name is what Karaf names a KAR by. */
    public Path place(CatalogEntry entry) {
        String name = entry.artifact().substring(entry.artifact().lastIndexOf('/') + 1);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        return folder.resolve(entry.sha256()).resolve(entry.id() + "-" + entry.version() + extension);
    }

    /** A fresh file to download into, beside the kept ones so a move into place is atomic. */
    public Path download() throws IOException {
        Files.createDirectories(folder);
        return Files.createTempFile(folder, "download-", ".part");
    }

    /** Moves a verified download to its place. */
    public Path keep(Path download, CatalogEntry entry) throws IOException {
        Path place = place(entry);
        Files.createDirectories(place.getParent());
        return Files.move(download, place, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
