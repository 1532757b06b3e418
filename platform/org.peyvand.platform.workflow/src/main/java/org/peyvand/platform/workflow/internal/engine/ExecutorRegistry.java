package org.peyvand.platform.workflow.internal.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.peyvand.platform.workflow.ExecutorSummary;
import org.peyvand.platform.workflow.ServiceTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service-task executors started modules offer, by id. A module leaving takes its executors
 * with it; tasks that need one wait as incidents, and are run again when it comes back.
 */
@Component(service = ExecutorRegistry.class)
public class ExecutorRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorRegistry.class);

    private final Map<String, ServiceTaskExecutor> byId = new ConcurrentHashMap<>();
    private final Map<String, ExecutorSummary> summaries = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<String>> arrivals = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "remove")
    void add(ServiceTaskExecutor executor, Map<String, Object> properties) {
        Object id = properties.get(ServiceTaskExecutor.PROPERTY);
        if (!(id instanceof String name) || name.isBlank()) {
            LOG.warn("A service-task executor without {} is ignored: {}", ServiceTaskExecutor.PROPERTY, executor.getClass().getName());
            return;
        }
        byId.put(name, executor);
        summaries.put(name, new ExecutorSummary(name, label(properties, ServiceTaskExecutor.LABEL_FA, name),
                label(properties, ServiceTaskExecutor.LABEL_EN, name)));
        arrivals.forEach(listener -> listener.accept(name));
    }

    void remove(ServiceTaskExecutor executor, Map<String, Object> properties) {
        Object id = properties.get(ServiceTaskExecutor.PROPERTY);
        if (id instanceof String name) {
            if (byId.remove(name, executor)) {
                summaries.remove(name);
            }
        }
    }

    private static String label(Map<String, Object> properties, String key, String id) {
        return properties.get(key) instanceof String label && !label.isBlank() ? label.strip() : id;
    }

    public Optional<ServiceTaskExecutor> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Set<String> ids() {
        return Set.copyOf(byId.keySet());
    }

    /** The executors offered now, sorted by id. */
    public List<ExecutorSummary> summaries() {
        return summaries.values().stream().sorted(Comparator.comparing(ExecutorSummary::id)).toList();
    }

    /** Tells {@code listener} the id of every executor that arrives from now on. */
    public void onArrival(Consumer<String> listener) {
        arrivals.add(listener);
    }

    public void stopTelling(Consumer<String> listener) {
        arrivals.remove(listener);
    }

    /** Registration outside OSGi (tests). */
    public void register(String id, ServiceTaskExecutor executor) {
        add(executor, Map.of(ServiceTaskExecutor.PROPERTY, id));
    }

    public void register(Map<String, Object> properties, ServiceTaskExecutor executor) {
        add(executor, properties);
    }

    public void unregister(String id, ServiceTaskExecutor executor) {
        remove(executor, Map.of(ServiceTaskExecutor.PROPERTY, id));
    }
}
