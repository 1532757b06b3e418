package org.peyvand.platform.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.BundleTracker;
import org.peyvand.platform.security.PermissionDefinition;
import org.peyvand.platform.security.PermissionRegistry;
import org.peyvand.platform.security.PermissionSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects the permission descriptors of every started bundle, and the permissions of the runtime sources. */
@Component
public class DescriptorPermissionRegistry implements PermissionRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(DescriptorPermissionRegistry.class);
    static final String FOLDER = "CRM-INF/permissions";

    private final Map<Long, List<PermissionDefinition>> byBundle = new ConcurrentHashMap<>();
    private final List<PermissionSource> sources = new CopyOnWriteArrayList<>();
    private final AtomicLong revision = new AtomicLong();
    private final BundleTracker<Long> tracker;

    @Activate
    public DescriptorPermissionRegistry(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                Enumeration<URL> files = bundle.findEntries(FOLDER, "*.json", false);
                if (files == null) {
                    return null;
                }
                List<PermissionDefinition> definitions = new ArrayList<>();
                while (files.hasMoreElements()) {
                    URL file = files.nextElement();
                    try (InputStream in = file.openStream()) {
                        definitions.addAll(PermissionFile.read(in, bundle.getSymbolicName() + file.getPath()));
                    } catch (IOException e) {
                        LOG.error("Ignoring the permissions of bundle {}: {}", bundle.getSymbolicName(), e.getMessage());
                        return null;
                    }
                }
                byBundle.put(bundle.getBundleId(), List.copyOf(definitions));
                revision.incrementAndGet();
                return bundle.getBundleId();
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long bundleId) {
                byBundle.remove(bundleId);
                revision.incrementAndGet();
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(PermissionSource source) {
        sources.add(source);
        revision.incrementAndGet();
    }

    void removeSource(PermissionSource source) {
        sources.remove(source);
        revision.incrementAndGet();
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return all().sorted(Comparator.comparing(PermissionDefinition::id)).toList();
    }

    @Override
    public long revision() {
        long sum = revision.get();
        for (PermissionSource source : sources) {
            sum += source.revision();
        }
        return sum;
    }

    @Override
    public Optional<PermissionDefinition> find(String id) {
        return all().filter(p -> p.id().equals(id)).findFirst();
    }

    private Stream<PermissionDefinition> all() {
        return Stream.concat(byBundle.values().stream().flatMap(List::stream), sources.stream().flatMap(s -> s.permissions().stream()));
    }
}
