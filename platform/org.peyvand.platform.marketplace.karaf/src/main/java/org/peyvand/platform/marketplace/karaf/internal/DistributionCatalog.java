package org.peyvand.platform.marketplace.karaf.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.marketplace.AddedPermission;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.CatalogProvider;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.Maturity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The modules the distribution carries: each {@code crm-module-<id>} feature of Peyvand's own
 * features repository, described by the {@code CRM-INF/module.json} and permission files of its
 * module bundle, read once from the system repository. Features that KARs add are not the
 * distribution's and are left to the catalogs they came from.
 */
@Component(service = CatalogProvider.class)
public class DistributionCatalog implements CatalogProvider {
    static final String ID = "distribution";
    private static final Logger LOG = LoggerFactory.getLogger(DistributionCatalog.class);
    private static final String REPOSITORY = "mvn:org.peyvand/peyvand-features/";
    private static final String MODULE_FEATURE = "crm-module-";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FeaturesService features;
    private final Map<String, Optional<CatalogEntry>> described = new ConcurrentHashMap<>();

    @Activate
    public DistributionCatalog(@Reference FeaturesService features) {
        this.features = features;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CatalogEntry> entries() {
        List<CatalogEntry> entries = new ArrayList<>();
        try {
            for (Repository repository : features.listRepositories()) {
                if (repository.getURI().toString().startsWith(REPOSITORY)) {
                    for (Feature feature : repository.getFeatures()) {
                        if (feature.getName().startsWith(MODULE_FEATURE)) {
                            described.computeIfAbsent(feature.getId(), key -> describe(feature)).ifPresent(entries::add);
                        }
                    }
                }
            }
        } catch (Exception e) {
            LOG.warn("Could not list the distribution's modules", e);
        }
        return entries;
    }

    private Optional<CatalogEntry> describe(Feature feature) {
        String id = feature.getName().substring(MODULE_FEATURE.length());
        Optional<String> location = feature.getBundles().stream().map(BundleInfo::getLocation)
                .filter(at -> at.contains("/org.peyvand.module." + id + "/")).findFirst();
        if (location.isEmpty()) {
            return Optional.empty();
        }
        JsonNode module = null;
        List<AddedPermission> permissions = new ArrayList<>();
        try (JarInputStream jar = new JarInputStream(new URL(location.get()).openStream())) {
            for (JarEntry file = jar.getNextJarEntry(); file != null; file = jar.getNextJarEntry()) {
                if (file.getName().equals("CRM-INF/module.json")) {
                    module = JSON.readTree(jar.readAllBytes());
                } else if (file.getName().startsWith("CRM-INF/permissions/") && file.getName().endsWith(".json")) {
                    JSON.readTree(jar.readAllBytes()).path("permissions").forEach(permission -> permissions.add(
                            new AddedPermission(permission.path("id").asText(), texts(permission.get("label")))));
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not read the descriptor of {} at {}", feature.getId(), location.get(), e);
            return Optional.empty();
        }
        if (module == null) {
            return Optional.empty();
        }
        List<String> requires = new ArrayList<>();
        module.path("requires").forEach(required -> requires.add(required.asText()));
        return Optional.of(new CatalogEntry(ID, module.path("id").asText(id), module.path("version").asText(feature.getVersion()),
                texts(module.get("name")), texts(module.get("description")), "Peyvand", module.path("icon").asText(""), List.of(),
                module.path("category").asText("crm"), Maturity.STABLE, module.path("kernel").asText("0"), requires, permissions,
                ContentType.MODULE, FeatureHandler.SCHEME + feature.getName() + "/" + feature.getVersion(), null, null, false));
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (node != null) {
            node.fields().forEachRemaining(field -> texts.put(field.getKey(), field.getValue().asText()));
        }
        return texts;
    }
}
