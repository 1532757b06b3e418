package org.peyvand.platform.marketplace.internal.config;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.cm.Configuration;

/**
 * Configurations an administrator can also edit as files in {@code etc/}. Karaf writes a
 * configuration back to its file only once the configuration names that file, and its watcher
 * applies a file that changed to the configuration. So every update writes the file first and then
 * the configuration naming it: the watcher never finds the file older than the configuration and
 * turns it back (which, with changes in quick succession, it did), and deleting the configuration
 * deletes the file. Properties whose names hold a dot are the configuration's own
 * ({@code service.pid}, {@code felix.fileinstall.filename}) and are kept; the values never hold one.
 */
public final class ConfigurationFiles {
    public static final String FILENAME = "felix.fileinstall.filename";

    private ConfigurationFiles() {
    }

    /** Makes {@code configuration} hold {@code values}, in the file it names or else in {@code file}. */
    public static void update(Configuration configuration, Path file, String comment, Map<String, String> values) throws IOException {
        Dictionary<String, Object> properties = new Hashtable<>();
        Dictionary<String, Object> was = configuration.getProperties();
        if (was != null) {
            Collections.list(was.keys()).stream().filter(key -> key.contains(".")).forEach(key -> properties.put(key, was.get(key)));
        }
        Object named = properties.get(FILENAME);
        Path target = named == null ? file : Path.of(URI.create(named.toString()));
        write(target, comment, values);
        properties.put(FILENAME, target.toUri().toString());
        values.forEach(properties::put);
        configuration.update(properties);
    }

    /** {@code values} as a {@code .cfg} file under a comment, replaced whole so no reader sees half of it. */
    public static void write(Path file, String comment, Map<String, String> values) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        StringBuilder lines = new StringBuilder("# " + comment + "\n");
        new TreeMap<>(values).forEach((key, value) -> lines.append(key).append(" = ").append(value).append('\n'));
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, lines, StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
