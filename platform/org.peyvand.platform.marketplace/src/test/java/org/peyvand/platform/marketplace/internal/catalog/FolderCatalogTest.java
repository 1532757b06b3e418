package org.peyvand.platform.marketplace.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.internal.trust.TrustedKeys;
import org.peyvand.platform.testing.SignedCatalog;

class FolderCatalogTest {
    @TempDir
    Path temp;

    private FolderCatalog catalog(SignedCatalog published) {
        return new FolderCatalog("local", published.folder(), new TrustedKeys(temp.resolve("keys")), 1024 * 1024);
    }

    @Test
    void anIndexSignedByATrustedKeyIsReadAndItsArtifactsCopied() throws Exception {
        SignedCatalog published = new SignedCatalog(temp.resolve("catalog"));
        published.trustIn(temp.resolve("keys"), "vendor");
        String sha = published.add("visits-1.0.0.kar", "kar".getBytes(StandardCharsets.UTF_8));
        published.publish(Indexes.of(Indexes.entry("visits", "1.0.0", "[0.1,1)", "visits-1.0.0.kar", sha)));

        FolderCatalog catalog = catalog(published);
        CatalogEntry entry = catalog.read().get(0);
        Path copy = temp.resolve("copy");
        catalog.fetch(entry, copy);

        assertThat(entry.sha256()).isEqualTo(sha);
        assertThat(Files.readString(copy)).isEqualTo("kar");
    }

    @Test
    void anIndexChangedAfterSigningOrSignedByAStrangerIsRefused() throws Exception {
        SignedCatalog published = new SignedCatalog(temp.resolve("catalog"));
        published.trustIn(temp.resolve("keys"), "vendor");
        published.publish(Indexes.of(Indexes.entry("visits", "1.0.0", "[0.1,1)", "v.kar", "b".repeat(64))));
        Files.writeString(published.folder().resolve("index.json"), Indexes.of(Indexes.entry("visits", "1.0.0", "[0.1,1)", "v.kar",
                "c".repeat(64))));
        assertThatThrownBy(() -> catalog(published).read()).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.badSignature"));

        SignedCatalog stranger = new SignedCatalog(temp.resolve("stranger"));
        stranger.publish(Indexes.of());
        assertThatThrownBy(() -> catalog(stranger).read()).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.badSignature"));
    }

    @Test
    void anUnsignedOrMissingIndexIsAnErrorOfThatCatalog() throws IOException {
        SignedCatalog published = new SignedCatalog(temp.resolve("catalog"));
        assertThatThrownBy(() -> catalog(published).read()).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.unreachable"));
        published.publish(Indexes.of());
        Files.delete(published.folder().resolve("index.json.sig"));
        assertThatThrownBy(() -> catalog(published).read()).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.unsigned"));
    }

    @Test
    void anArtifactOutsideTheFolderIsNeverCopied() throws Exception {
        SignedCatalog published = new SignedCatalog(temp.resolve("catalog"));
        published.trustIn(temp.resolve("keys"), "vendor");
        Files.writeString(temp.resolve("secret.txt"), "secret");
        published.publish(Indexes.of(Indexes.entry("visits", "1.0.0", "[0.1,1)", "../secret.txt", "d".repeat(64))));

        FolderCatalog catalog = catalog(published);
        CatalogEntry entry = catalog.read().get(0);
        assertThatThrownBy(() -> catalog.fetch(entry, temp.resolve("copy"))).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.artifactOutside"));
        assertThat(temp.resolve("copy")).doesNotExist();
    }

    @Test
    void filesBesideTheIndexAreReadWithinTheFolderAndTheirSizeLimit() throws Exception {
        SignedCatalog published = new SignedCatalog(temp.resolve("catalog"));
        published.add("shot.png", new byte[] {1, 2, 3});
        published.add("large.png", new byte[4096]);
        FolderCatalog catalog = catalog(published);

        assertThat(catalog.file("shot.png", 1024)).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> catalog.file("large.png", 1024)).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.tooLarge"));
        assertThatThrownBy(() -> catalog.file("../keys/vendor.pem", 1024)).isInstanceOfSatisfying(CatalogError.class,
                e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.artifactOutside"));
    }
}
