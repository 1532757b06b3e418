package org.peyvand.platform.form.internal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;
import org.peyvand.platform.form.internal.definition.Effective;
import org.peyvand.platform.form.internal.definition.FormJson;
import org.peyvand.platform.form.expression.SafeExpressions;
import org.peyvand.platform.form.internal.store.DefinitionEntity;
import org.peyvand.platform.form.internal.store.Definitions;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The forms in force: those started modules ship in {@code CRM-INF/forms/*.json} and the versions
 * administrators published. Published versions are cached for a few seconds, so that saving a
 * record does not read its form from the database each time, while other nodes sharing the
 * database see a publish soon after.
 */
@Component(service = FormRegistry.class)
public class FormRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(FormRegistry.class);
    static final String FOLDER = "CRM-INF/forms";
    private static final Duration FRESH = Duration.ofSeconds(5);
    private static final Duration EXPRESSION_TIME = Duration.ofMillis(200);

    private final Map<Long, List<FormDefinition>> shippedByBundle = new ConcurrentHashMap<>();
    private final Transactions tx;
    private final Clock clock;
    private final SafeExpressions expressions = new SafeExpressions(EXPRESSION_TIME);
    private final BundleTracker<Long> tracker;
    private final AtomicLong shippedChanges = new AtomicLong();
    private volatile Published published;
    private volatile InForce inForce;

    private record Published(Map<String, FormDefinition> forms, Instant readAt) {
    }

    /** The merged forms, kept until the shipped or the published ones change: they are read on every record saved. */
    private record InForce(long shippedChange, Map<String, FormDefinition> published, Map<String, FormDefinition> forms, long revision) {
    }

    @Activate
    public FormRegistry(BundleContext context, @Reference(target = "(osgi.unit.name=crm.form)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.form)") SchemaReady schema) {
        this.tx = new Transactions(jpa);
        this.clock = Clock.systemUTC();
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                List<FormDefinition> forms = shippedBy(bundle);
                if (forms.isEmpty()) {
                    return null;
                }
                shippedByBundle.put(bundle.getBundleId(), forms);
                shippedChanges.incrementAndGet();
                return bundle.getBundleId();
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long bundleId) {
                shippedByBundle.remove(bundleId);
                shippedChanges.incrementAndGet();
            }
        };
        tracker.open();
    }

    /** Wiring outside OSGi (tests): the shipped forms given, no bundles tracked. */
    public static FormRegistry wiredWith(Transactions tx, Clock clock, List<FormDefinition> shipped) {
        return new FormRegistry(tx, clock, shipped);
    }

    private FormRegistry(Transactions tx, Clock clock, List<FormDefinition> shipped) {
        this.tx = tx;
        this.clock = clock;
        this.tracker = null;
        shippedByBundle.put(0L, List.copyOf(shipped));
    }

    @Deactivate
    public void close() {
        if (tracker != null) {
            tracker.close();
        }
        expressions.close();
    }

    public SafeExpressions expressions() {
        return expressions;
    }

    /** Every form in force, by key. */
    public Map<String, FormDefinition> all() {
        return inForce().forms();
    }

    public Optional<FormDefinition> current(String key) {
        return Optional.ofNullable(all().get(key));
    }

    /** Moves when a form in force changes: published here or on another node, or a module shipping forms comes or goes. */
    public long revision() {
        return inForce().revision();
    }

    public Optional<FormDefinition> shipped(String key) {
        return Optional.ofNullable(shipped().get(key));
    }

    /** The record types lookups may point at. */
    public Set<String> recordTypes() {
        return all().values().stream().filter(f -> f.kind() == FormKind.RECORD_TYPE).map(FormDefinition::key).collect(Collectors.toSet());
    }

    /** Forgets the cached versions, after a publish on this node. */
    public void published(String key) {
        published = null;
    }

    private Map<String, FormDefinition> shipped() {
        Map<String, FormDefinition> forms = new TreeMap<>();
        shippedByBundle.values().forEach(list -> list.forEach(form -> forms.putIfAbsent(form.key(), form)));
        return forms;
    }

    private InForce inForce() {
        Map<String, FormDefinition> latest = published();
        long shippedChange = shippedChanges.get();
        InForce cached = inForce;
        if (cached == null || cached.shippedChange() != shippedChange || cached.published() != latest) {
            Map<String, FormDefinition> forms = new TreeMap<>(shipped());
            latest.forEach((key, form) -> forms.put(key, Effective.of(forms.get(key), form)));
            cached = new InForce(shippedChange, latest, Collections.unmodifiableMap(forms), forms.hashCode());
            inForce = cached;
        }
        return cached;
    }

    private Map<String, FormDefinition> published() {
        Published cached = published;
        Instant now = clock.instant();
        if (cached == null || cached.readAt().plus(FRESH).isBefore(now)) {
            Map<String, FormDefinition> forms = new TreeMap<>();
            for (DefinitionEntity row : tx.read(em -> new Definitions(em).latest())) {
                forms.put(row.key(), FormJson.read(row.body()).withVersion(row.version()));
            }
            cached = new Published(Map.copyOf(forms), now);
            published = cached;
        }
        return cached.forms();
    }

    private static List<FormDefinition> shippedBy(Bundle bundle) {
        Enumeration<URL> files = bundle.findEntries(FOLDER, "*.json", false);
        if (files == null) {
            return List.of();
        }
        List<FormDefinition> forms = new ArrayList<>();
        while (files.hasMoreElements()) {
            URL file = files.nextElement();
            try (InputStream in = file.openStream()) {
                FormDefinition form = FormJson.read(in);
                String module = form.module() != null ? form.module() : form.key().substring(0, form.key().indexOf('.'));
                forms.add(new FormDefinition(form.key(), form.kind(), module, form.label(),
                        form.fields().stream().map(f -> f.withBuiltIn(true)).toList(), form.tabs(), form.listColumns(),
                        form.menuSection(), 0));
            } catch (IOException | RuntimeException e) {
                LOG.error("Ignoring form {} of bundle {}: {}", file.getPath(), bundle.getSymbolicName(), e.getMessage());
            }
        }
        return forms;
    }
}
