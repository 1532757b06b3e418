package org.peyvand.platform.marketplace.karaf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.InstallFailure;

class ContentHandlerTest {
    @TempDir
    Path temp;

    private Path zip(Map<String, String> files) throws IOException {
        Path archive = Files.createTempFile(temp, "content", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return archive;
    }

    @Test
    void reportDefinitionsBecomeABundleThatHoldsThemAndAManifestWithNoCode() throws Exception {
        Path bundle = ContentHandler.bundle("sales-reports", "1.2.0", ContentType.REPORT,
                zip(Map.of("CRM-INF/reports/deals.json", "{\"key\":\"sales.deals\"}")));

        try (JarFile jar = new JarFile(bundle.toFile())) {
            List<String> names = new ArrayList<>(Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList());
            assertThat(names).containsExactlyInAnyOrder("META-INF/MANIFEST.MF", "CRM-INF/reports/deals.json");
            assertThat(jar.getManifest().getMainAttributes().getValue("Bundle-SymbolicName")).isEqualTo("org.peyvand.addon.sales-reports");
            assertThat(jar.getManifest().getMainAttributes().getValue("Bundle-Activator")).isNull();
            assertThat(jar.getManifest().getMainAttributes().getValue("Import-Package")).isNull();
        }
    }

    @Test
    void anythingButFilesOfItsKindRefusesTheWholeAddon() throws Exception {
        for (String intruder : List.of("org/evil/Payload.class", "META-INF/MANIFEST.MF", "CRM-INF/forms/form.json",
                "CRM-INF/reports/../../x.json", "OSGI-INF/component.xml")) {
            Path archive = zip(Map.of("CRM-INF/reports/ok.json", "{}", intruder, "x"));
            assertThatThrownBy(() -> ContentHandler.bundle("sneaky", "1.0.0", ContentType.REPORT, archive))
                    .isInstanceOfSatisfying(InstallFailure.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("marketplace.error.contentEntry");
                        assertThat(e.args()).containsExactly("sneaky", intruder, "report");
                    });
        }
    }

    @Test
    void anEmptyOrUnreadableArchiveIsRefused() throws Exception {
        assertThatThrownBy(() -> ContentHandler.bundle("empty", "1.0.0", ContentType.TRANSLATION, zip(Map.of())))
                .isInstanceOfSatisfying(InstallFailure.class, e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.contentEmpty"));
        Path notZip = Files.writeString(temp.resolve("not.zip"), "plain text, not a zip");
        assertThatThrownBy(() -> ContentHandler.bundle("broken", "1.0.0", ContentType.FORM, notZip))
                .isInstanceOfSatisfying(InstallFailure.class, e -> assertThat(e.messageKey()).isEqualTo("marketplace.error.contentEmpty"));
    }
}
