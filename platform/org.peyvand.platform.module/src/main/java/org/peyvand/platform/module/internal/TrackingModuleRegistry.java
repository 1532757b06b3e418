package org.peyvand.platform.module.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.util.tracker.BundleTracker;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.module.ModuleInfo;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.module.PlatformStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module registry: a bundle-tracker extender over {@code CRM-INF/module.json}. States are
 * re-evaluated shortly after any service comes or goes, which is when a module's readiness
 * can change, and every change of state is posted as an event.
 */
@Component
public class TrackingModuleRegistry implements ModuleRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(TrackingModuleRegistry.class);
    private static final String KERNEL_PREFIX = "org.peyvand.platform.";
    private static final String UI_PREFIX = "org.peyvand.ui.";
    private static final long SETTLE_MILLIS = 150;

    private final BundleContext context;
    private final EventAdmin events;
    private final ComponentReadiness readiness;
    private final Version kernelVersion;
    private final Map<Long, ModuleInfo> modules = new ConcurrentHashMap<>();
    private final ScheduledExecutorService evaluator = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-module-readiness"));
    private final ServiceListener serviceChanges = event -> scheduleEvaluation();
    private final BundleTracker<Long> tracker;
    private ScheduledFuture<?> pending;
    private volatile boolean kernelReady;

    @Activate
    public TrackingModuleRegistry(BundleContext context, @Reference EventAdmin events, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.events = events;
        this.readiness = new ComponentReadiness(scr);
        this.kernelVersion = context.getBundle().getVersion();
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                URL descriptor = bundle.getEntry(ModuleDescriptor.PATH);
                return descriptor == null ? null : register(bundle, descriptor);
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Long bundleId) {
                scheduleEvaluation();
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long bundleId) {
                ModuleInfo gone = modules.remove(bundleId);
                if (gone != null) {
                    post(gone, "unregistered");
                }
            }
        };
        context.addServiceListener(serviceChanges);
        tracker.open();
        scheduleEvaluation();
    }

    @Deactivate
    void deactivate() {
        context.removeServiceListener(serviceChanges);
        tracker.close();
        evaluator.shutdownNow();
    }

    @Override
    public List<ModuleInfo> modules() {
        return modules.values().stream().sorted(Comparator.comparing(ModuleInfo::id)).toList();
    }

    @Override
    public Optional<ModuleInfo> find(String id) {
        return modules.values().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public PlatformStatus status() {
        List<String> kernelProblems = kernelProblems();
        return PlatformStatus.of(kernelVersion.toString(), kernelProblems, modules());
    }

    private Long register(Bundle bundle, URL descriptor) {
        ModuleInfo module;
        try (InputStream in = descriptor.openStream()) {
            module = ModuleDescriptor.read(in, bundle.getSymbolicName());
        } catch (IOException e) {
            LOG.error("Bundle {} has an invalid {}: {}", bundle.getSymbolicName(), ModuleDescriptor.PATH, e.getMessage());
            module = new ModuleInfo(bundle.getSymbolicName(), bundle.getVersion().toString(), Map.of(), "", List.of(), "", "",
                    bundle.getSymbolicName(), ModuleState.FAILED, List.of("invalid " + ModuleDescriptor.PATH + ": " + e.getMessage()));
        }
        if (module.state() != ModuleState.FAILED && !new VersionRange(module.kernelRange()).includes(kernelVersion)) {
            module = module.withState(ModuleState.FAILED,
                    List.of("needs kernel " + module.kernelRange() + ", this kernel is " + kernelVersion));
        }
        modules.put(bundle.getBundleId(), module);
        post(module, "registered");
        if (module.state() == ModuleState.FAILED) {
            post(module, "failed");
        }
        scheduleEvaluation();
        return bundle.getBundleId();
    }

    private synchronized void scheduleEvaluation() {
        if (pending == null || pending.isDone()) {
            pending = evaluator.schedule(this::evaluateAll, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void evaluateAll() {
        try {
            modules.replaceAll((bundleId, module) -> evaluate(bundleId, module));
            boolean nowReady = kernelProblems().isEmpty();
            if (nowReady && !kernelReady) {
                events.postEvent(new Event(CrmEvents.topic("platform", "kernel", "started"), Map.of(CrmEvents.PROPERTY_ID, "kernel")));
                LOG.info("Peyvand kernel {} is ready", kernelVersion);
            }
            kernelReady = nowReady;
        } catch (RuntimeException e) {
            LOG.warn("Module readiness evaluation failed", e);
        }
    }

    private ModuleInfo evaluate(long bundleId, ModuleInfo module) {
        if (module.state() == ModuleState.FAILED && !module.problems().isEmpty() && module.names().isEmpty()) {
            return module;
        }
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null) {
            return module;
        }
        List<String> problems = new ArrayList<>(readiness.problems(bundle));
        for (String required : module.requires()) {
            if (find(required).filter(m -> m.state() == ModuleState.READY).isEmpty()) {
                problems.add("requires module " + required);
            }
        }
        if (module.state() == ModuleState.FAILED && module.problems().stream().anyMatch(p -> p.startsWith("needs kernel"))) {
            return module;
        }
        ModuleState state = problems.isEmpty() ? ModuleState.READY
                : problems.stream().anyMatch(p -> p.contains(" failed: ")) ? ModuleState.FAILED : ModuleState.STARTING;
        ModuleInfo next = module.withState(state, problems);
        if (state != module.state()) {
            post(next, state == ModuleState.READY ? "started" : state == ModuleState.FAILED ? "failed" : "stopped");
            LOG.info("Module {} is {}{}", next.id(), state, problems.isEmpty() ? "" : " " + problems);
        }
        return next;
    }

    private List<String> kernelProblems() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && (name.startsWith(KERNEL_PREFIX) || name.startsWith(UI_PREFIX))) {
                problems.addAll(readiness.problems(bundle));
            }
        }
        return problems;
    }

    private void post(ModuleInfo module, String verbPast) {
        events.postEvent(new Event(CrmEvents.topic("module", module.id(), verbPast),
                Map.of(CrmEvents.PROPERTY_ID, module.id(), CrmEvents.PROPERTY_MODULE, module.bundle())));
    }
}
