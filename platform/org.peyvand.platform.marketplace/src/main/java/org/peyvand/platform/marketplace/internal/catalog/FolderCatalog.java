package org.peyvand.platform.marketplace.internal.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.internal.trust.TrustedKeys;

/** A signed index and its artifacts in a folder on the server, for sites without internet. */
public final class FolderCatalog implements CatalogSource {
    private final String id;
    private final Path folder;
    private final TrustedKeys keys;
    private final long maxIndexBytes;

    public FolderCatalog(String id, Path folder, TrustedKeys keys, long maxIndexBytes) {
        this.id = id;
        this.folder = folder.toAbsolutePath().normalize();
        this.keys = keys;
        this.maxIndexBytes = maxIndexBytes;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public CatalogKind kind() {
        return CatalogKind.FOLDER;
    }

    @Override
    public String location() {
        return folder.toString();
    }

    @Override
    public List<CatalogEntry> read() throws CatalogError {
        Path index = folder.resolve(SignedIndex.INDEX);
        Path signature = folder.resolve(SignedIndex.SIGNATURE);
        try {
            if (!Files.isRegularFile(index)) {
                throw new CatalogError("marketplace.error.unreachable", id, index.toString());
            }
            if (Files.size(index) > maxIndexBytes) {
                throw new CatalogError("marketplace.error.tooLarge", id, SignedIndex.INDEX);
            }
            return SignedIndex.read(id, Files.readAllBytes(index), Files.isRegularFile(signature) ? Files.readAllBytes(signature) : null, keys);
        } catch (IOException e) {
            throw new CatalogError("marketplace.error.unreachable", id, index.toString());
        }
    }

    @Override
    public void fetch(CatalogEntry entry, Path target) throws CatalogError {
        Path artifact = inside(entry.artifact());
        try {
            Files.copy(artifact, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CatalogError("marketplace.error.artifactMissing", id, entry.artifact());
        }
    }

    @Override
    public byte[] file(String path, long maxBytes) throws CatalogError {
        Path file = inside(path);
        try {
            if (Files.size(file) > maxBytes) {
                throw new CatalogError("marketplace.error.tooLarge", id, path);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CatalogError("marketplace.error.artifactMissing", id, path);
        }
    }

    private Path inside(String path) throws CatalogError {
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder)) {
            throw new CatalogError("marketplace.error.artifactOutside", id, path);
        }
        return file;
    }
}
