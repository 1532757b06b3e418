package org.peyvand.platform.marketplace.internal.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.peyvand.platform.marketplace.CatalogInput;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.internal.config.ConfigurationFiles;

/**
 * The configured catalogs, one factory configuration each ({@code etc/org.peyvand.platform.marketplace.catalog-<id>.cfg}),
 * so an administrator can also add, disable or remove one by editing files.
 */
public final class CatalogConfigurations {
    public static final String FACTORY_PID = "org.peyvand.platform.marketplace.catalog";

    private final ConfigurationAdmin configurations;
    private final Path etc;

    public CatalogConfigurations(ConfigurationAdmin configurations, Path etc) {
        this.configurations = configurations;
        this.etc = etc;
    }

    public List<CatalogInput> all() {
        List<CatalogInput> all = new ArrayList<>();
        for (Configuration configuration : list()) {
            Dictionary<String, Object> properties = configuration.getProperties();
            if (properties == null) {
                continue;
            }
            Object id = properties.get("id");
            Object kind = properties.get("kind");
            Object location = properties.get("location");
            Optional<CatalogKind> parsed = kind == null ? Optional.empty() : kind(kind.toString());
            if (id != null && location != null && parsed.isPresent()) {
                all.add(new CatalogInput(id.toString(), parsed.get(), location.toString(), !"false".equals(String.valueOf(properties.get("enabled")))));
            }
        }
        return all;
    }

    public void save(CatalogInput input) throws IOException {
        Configuration configuration = configurations.getFactoryConfiguration(FACTORY_PID, input.id(), "?");
        ConfigurationFiles.update(configuration, etc.resolve(FACTORY_PID + "-" + input.id() + ".cfg"), "Marketplace catalog " + input.id(),
                Map.of("id", input.id(), "kind", input.kind().name().toLowerCase(Locale.ROOT), "location", input.location(),
                        "enabled", Boolean.toString(input.enabled())));
    }

    public void remove(String id) throws IOException {
        for (Configuration configuration : list()) {
            Dictionary<String, Object> properties = configuration.getProperties();
            if (properties != null && id.equals(properties.get("id"))) {
                configuration.delete();
            }
        }
    }

    private static Optional<CatalogKind> kind(String name) {
        try {
            return Optional.of(CatalogKind.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private List<Configuration> list() {
        try {
            Configuration[] found = configurations.listConfigurations("(service.factoryPid=" + FACTORY_PID + ")");
            return found == null ? List.of() : List.of(found);
        } catch (IOException | InvalidSyntaxException e) {
            return List.of();
        }
    }
}
