package org.peyvand.platform.marketplace.internal.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.internal.trust.TrustedKeys;

/**
 * A signed index over HTTP(S), its artifacts beside it (or at absolute http(s) URLs it names).
 * Every transfer is bounded in time and size, so a slow or hostile server cannot hold a job or fill
 * the disk.
 */
public final class RemoteCatalog implements CatalogSource {
    private static final Set<String> SCHEMES = Set.of("http", "https");

    public record Limits(long maxIndexBytes, long maxArtifactBytes, Duration timeout) {
    }

    private final String id;
    private final URI index;
    private final TrustedKeys keys;
    private final HttpClient http;
    private final Limits limits;

    public RemoteCatalog(String id, URI index, TrustedKeys keys, HttpClient http, Limits limits) {
        this.id = id;
        this.index = index;
        this.keys = keys;
        this.http = http;
        this.limits = limits;
    }

    /** Whether a location can be a remote catalog's index. */
    public static boolean acceptable(String location) {
        try {
            URI uri = new URI(location);
            return uri.getScheme() != null && SCHEMES.contains(uri.getScheme().toLowerCase()) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public CatalogKind kind() {
        return CatalogKind.REMOTE;
    }

    @Override
    public String location() {
        return index.toString();
    }

    @Override
    public List<CatalogEntry> read() throws CatalogError {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        get(index, body, limits.maxIndexBytes());
        ByteArrayOutputStream signature = new ByteArrayOutputStream();
        get(URI.create(index + ".sig"), signature, 4096);
        return SignedIndex.read(id, body.toByteArray(), signature.toByteArray(), keys);
    }

    @Override
    public void fetch(CatalogEntry entry, Path target) throws CatalogError {
        URI artifact = index.resolve(entry.artifact());
        if (!acceptable(artifact.toString())) {
            throw new CatalogError("marketplace.error.artifactOutside", id, entry.artifact());
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            get(artifact, out, limits.maxArtifactBytes());
        } catch (IOException e) {
            throw new CatalogError("marketplace.error.artifactMissing", id, entry.artifact());
        }
    }

    @Override
    public byte[] file(String path, long maxBytes) throws CatalogError {
        URI file = index.resolve(path);
        if (!acceptable(file.toString())) {
            throw new CatalogError("marketplace.error.artifactOutside", id, path);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        get(file, body, maxBytes);
        return body.toByteArray();
    }

    private void get(URI uri, OutputStream out, long maxBytes) throws CatalogError {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(limits.timeout()).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new CatalogError("marketplace.error.httpStatus", id, uri.toString(), response.statusCode());
                }
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    total += read;
                    if (total > maxBytes) {
                        throw new CatalogError("marketplace.error.tooLarge", id, uri.toString());
                    }
                    out.write(buffer, 0, read);
                }
            }
        } catch (IOException e) {
            throw new CatalogError("marketplace.error.unreachable", id, uri.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogError("marketplace.error.unreachable", id, uri.toString());
        }
    }
}
