package org.peyvand.platform.marketplace.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.internal.trust.TrustedKeys;
import org.peyvand.platform.testing.SignedCatalog;

import com.sun.net.httpserver.HttpServer;

class RemoteCatalogTest {
    @TempDir
    Path temp;

    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private HttpServer server;
    private SignedCatalog published;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = served.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        published = new SignedCatalog(temp.resolve("published"));
        published.trustIn(temp.resolve("keys"), "vendor");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private RemoteCatalog catalog(long maxArtifactBytes) {
        URI index = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/repo/index.json");
        return new RemoteCatalog("vendor", index, new TrustedKeys(temp.resolve("keys")), HttpClient.newHttpClient(),
                new RemoteCatalog.Limits(64 * 1024, maxArtifactBytes, Duration.ofSeconds(5)));
    }

    private void publish(String artifactName, byte[] artifact) throws IOException {
        String sha = published.add(artifactName, artifact);
        published.publish(Indexes.of(Indexes.entry("visits", "1.0.0", "[0.1,1)", artifactName, sha)));
        served.put("/repo/index.json", Files.readAllBytes(published.folder().resolve("index.json")));
        served.put("/repo/index.json.sig", Files.readAllBytes(published.folder().resolve("index.json.sig")));
        served.put("/repo/" + artifactName, artifact);
    }

    @Test
    void aSignedIndexIsReadOverHttpAndItsArtifactFetchedBesideIt() throws Exception {
        publish("visits-1.0.0.kar", "kar bytes".getBytes(StandardCharsets.UTF_8));

        RemoteCatalog catalog = catalog(1024);
        CatalogEntry entry = catalog.read().get(0);
        catalog.fetch(entry, temp.resolve("copy"));

        assertThat(Files.readString(temp.resolve("copy"))).isEqualTo("kar bytes");
    }

    @Test
    void anArtifactLargerThanAllowedIsNotDownloadedWhole() throws Exception {
        publish("big.kar", new byte[4096]);
        RemoteCatalog catalog = catalog(1024);
        CatalogEntry entry = catalog.read().get(0);

        assertThatThrownBy(() -> catalog.fetch(entry, temp.resolve("copy"))).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.tooLarge"));
    }

    @Test
    void aMissingIndexOrSignatureOrAStoppedServerIsThatCatalogsError() throws Exception {
        assertThatThrownBy(() -> catalog(1024).read()).isInstanceOfSatisfying(CatalogError.class, e -> {
            assertThat(e.messageKey()).isEqualTo("marketplace.error.httpStatus");
            assertThat(e.args()).endsWith(404);
        });
        publish("a.kar", new byte[1]);
        served.remove("/repo/index.json.sig");
        assertThatThrownBy(() -> catalog(1024).read()).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.httpStatus"));
        RemoteCatalog catalog = catalog(1024);
        server.stop(0);
        assertThatThrownBy(catalog::read).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.unreachable"));
    }

    @Test
    void onlyHttpAndHttpsLocationsAreAccepted() {
        assertThat(RemoteCatalog.acceptable("https://catalog.example.ir/index.json")).isTrue();
        assertThat(RemoteCatalog.acceptable("file:///etc/passwd")).isFalse();
        assertThat(RemoteCatalog.acceptable("ftp://example.ir/index.json")).isFalse();
        assertThat(RemoteCatalog.acceptable("not a url")).isFalse();
    }
}
