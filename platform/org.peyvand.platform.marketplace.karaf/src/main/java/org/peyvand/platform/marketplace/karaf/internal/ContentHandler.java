package org.peyvand.platform.marketplace.karaf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.peyvand.platform.core.work.Progress;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.InstallFailure;
import org.peyvand.platform.marketplace.InstallHandler;
import org.peyvand.platform.marketplace.InstalledAddon;

/**
 * Installs add-ons that run no code (form templates, processes, report definitions, translations):
 * a zip of {@code CRM-INF} files of one kind, turned into a bundle that holds nothing else and whose
 * manifest this handler writes, so no code can ride along. The kernel's extenders pick the files up
 * as they do a module's, and drop them when the add-on is removed.
 */
@Component(service = InstallHandler.class)
public class ContentHandler implements InstallHandler {
    private static final Map<ContentType, Pattern> ALLOWED = Map.of(
            ContentType.FORM, Pattern.compile("CRM-INF/forms/[A-Za-z0-9._-]+\\.json"),
            ContentType.WORKFLOW, Pattern.compile("CRM-INF/workflow/processes/[A-Za-z0-9._-]+\\.bpmn"),
            ContentType.REPORT, Pattern.compile("CRM-INF/reports/[A-Za-z0-9._-]+\\.json"),
            ContentType.TRANSLATION, Pattern.compile("CRM-INF/i18n/[A-Za-z0-9._-]+\\.properties"));
    private static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    private static final int MAX_FILES = 500;

    private final BundleSlot slot;

    @Activate
    public ContentHandler(BundleContext context) {
        this.slot = new BundleSlot(context);
    }

    @Override
    public boolean handles(CatalogEntry entry) {
        return ALLOWED.containsKey(entry.contentType());
    }

    @Override
    public void install(CatalogEntry entry, Path artifact, Optional<InstalledAddon> previous, Path previousArtifact, Progress progress)
            throws InstallFailure {
        Path bundle = null;
        Path previousBundle = null;
        try {
            bundle = bundle(entry.id(), entry.version(), entry.contentType(), artifact);
            if (previous.isPresent() && previousArtifact != null) {
                previousBundle = bundle(entry.id(), previous.get().version(), previous.get().contentType(), previousArtifact);
            }
            slot.install(entry.id(), bundle, previousBundle);
        } finally {
            delete(bundle);
            delete(previousBundle);
        }
    }

    @Override
    public void uninstall(InstalledAddon addon, Progress progress) throws InstallFailure {
        slot.uninstall(addon.id());
    }

    @Override
    public boolean present(InstalledAddon addon) {
        return slot.present(addon.id());
    }

    /** The bundle of a content archive, refused whole when any entry is not a file of its kind. */
    static Path bundle(String id, String version, ContentType type, Path archive) throws InstallFailure {
        Pattern allowed = ALLOWED.get(type);
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.peyvand.addon." + id);
        main.putValue("Bundle-Version", Version.parseVersion(version).toString());
        main.putValue("Bundle-Name", id + " (" + type.wireName() + ")");
        Path jar = null;
        try {
            jar = Files.createTempFile("addon-" + id + "-", ".jar");
            Set<String> seen = new HashSet<>();
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive));
                    JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
                for (ZipEntry file = in.getNextEntry(); file != null; file = in.getNextEntry()) {
                    if (file.isDirectory()) {
                        continue;
                    }
                    if (!allowed.matcher(file.getName()).matches() || !seen.add(file.getName())) {
                        throw new InstallFailure("marketplace.error.contentEntry", id, file.getName(), type.wireName());
                    }
                    if (seen.size() > MAX_FILES) {
                        throw new InstallFailure("marketplace.error.contentTooLarge", id);
                    }
                    out.putNextEntry(new JarEntry(file.getName()));
                    copyBounded(in, out, id);
                    out.closeEntry();
                }
            }
            if (seen.isEmpty()) {
                throw new InstallFailure("marketplace.error.contentEmpty", id, type.wireName());
            }
            return jar;
        } catch (IOException e) {
            delete(jar);
            throw new InstallFailure(e, "marketplace.error.contentUnreadable", id);
        } catch (InstallFailure failure) {
            delete(jar);
            throw failure;
        }
    }

    private static void copyBounded(InputStream in, OutputStream out, String id) throws IOException, InstallFailure {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > MAX_FILE_BYTES) {
                throw new InstallFailure("marketplace.error.contentTooLarge", id);
            }
            out.write(buffer, 0, read);
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file the system cleans up anyway
        }
    }
}
