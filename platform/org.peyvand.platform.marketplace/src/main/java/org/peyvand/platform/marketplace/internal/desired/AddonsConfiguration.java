package org.peyvand.platform.marketplace.internal.desired;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.peyvand.platform.marketplace.internal.config.ConfigurationFiles;

/**
 * The installed add-ons as a configuration, one {@code <id> = <version>} property each, kept in
 * {@code etc/org.peyvand.platform.marketplace.addons.cfg}, and the record of what the marketplace
 * last wrote there, kept in its data folder so an operator's edit can be told from its own writes.
 * Properties whose names hold a dot are the configuration's own; add-on ids never do.
 */
public final class AddonsConfiguration {
    public static final String PID = "org.peyvand.platform.marketplace.addons";

    private final ConfigurationAdmin configurations;
    private final Path file;
    private final Path record;

    public AddonsConfiguration(ConfigurationAdmin configurations, Path file, Path record) {
        this.configurations = configurations;
        this.file = file;
        this.record = record;
    }

    /**
     * The add-ons configured, id to version (empty for the newest): the configuration's, or, before
     * Karaf has read a file put there, the file's; nothing when there is neither.
     */
    public Optional<Map<String, String>> read() throws IOException {
        Optional<Configuration> configuration = existing();
        if (configuration.isPresent()) {
            return Optional.of(addons(configuration.get().getProperties()));
        }
        return Files.isRegularFile(file) ? Optional.of(load(file)) : Optional.empty();
    }

    /**
     * Whether the configuration holds what its file does. Karaf's watcher reads a changed file and
     * applies it a moment later; when the file changed again in between, it applies the older
     * content and then the newer one. Until the two agree the configuration may hold a passing
     * state nobody asked for.
     */
    public boolean settled() throws IOException {
        Optional<Configuration> configuration = existing();
        if (configuration.isEmpty()) {
            return true;
        }
        Dictionary<String, Object> properties = configuration.get().getProperties();
        Object named = properties.get(ConfigurationFiles.FILENAME);
        Path kept = named == null ? file : Path.of(URI.create(named.toString()));
        return !Files.isRegularFile(kept) || addons(properties).equals(load(kept));
    }

    /** What {@link #write} last wrote; nothing when it never did. */
    public Optional<Map<String, String>> written() throws IOException {
        return Files.isRegularFile(record) ? Optional.of(load(record)) : Optional.empty();
    }

    /**
     * Makes the configuration hold {@code addons} and records that it did. The configuration is
     * written first: a record ahead of it would make the old content look like an operator's edit.
     */
    public void write(Map<String, String> addons) throws IOException {
        Optional<Configuration> found = existing();
        Configuration configuration = found.isPresent() ? found.get() : configurations.getConfiguration(PID, "?");
        ConfigurationFiles.update(configuration, file, "Add-ons to keep installed, <id> = <version>; edit to install, update or uninstall", addons);
        ConfigurationFiles.write(record, "What the marketplace last wrote to " + PID + "; compared with it to find an operator's edits", addons);
    }

    private Optional<Configuration> existing() throws IOException {
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + PID + ")");
            return found == null ? Optional.empty() : Optional.of(found[0]).filter(configuration -> configuration.getProperties() != null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> addons(Dictionary<String, Object> properties) {
        Map<String, String> addons = new TreeMap<>();
        for (String key : Collections.list(properties.keys())) {
            Object value = properties.get(key);
            if (!key.contains(".") && value != null) {
                addons.put(key.strip(), value.toString().strip());
            }
        }
        return addons;
    }

    private static Map<String, String> load(Path path) throws IOException {
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            loaded.load(reader);
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        loaded.stringPropertyNames().forEach(key -> properties.put(key, loaded.getProperty(key)));
        return addons(properties);
    }
}
