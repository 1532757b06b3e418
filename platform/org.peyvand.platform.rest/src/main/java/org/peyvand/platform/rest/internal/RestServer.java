package org.peyvand.platform.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.endpoint.ServerImpl;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.Destination;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.ServiceTracker;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.ApiTokens;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.SessionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * The one REST server: every service registered with {@code osgi.jaxrs.resource=true} is served
 * under {@code /api/v1}. When resources come or go the endpoint is rebuilt (after a short pause,
 * so a module bringing several resources causes one rebuild), and the OpenAPI document with it.
 * The new endpoint takes over the HTTP destination in one step, so other modules' paths keep
 * answering while one module is installed or removed; until it has, the status endpoint reports
 * the kernel not ready.
 */
@Component(immediate = true)
public class RestServer {
    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    private static final long SETTLE_MILLIS = 100;

    private final BundleContext context;
    private final Bus bus = BusFactory.getDefaultBus();
    private final List<Object> providers;
    private final StatusResource status;
    private final Map<ServiceReference<?>, Object> resources = new ConcurrentHashMap<>();
    /** Counts the resources' comings and goings; the endpoint is current when built after the latest. */
    private final AtomicLong changes = new AtomicLong();
    private volatile long builtAfter = -1;
    private final ScheduledExecutorService rebuilds = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-rest-rebuild"));
    private final ServiceTracker<Object, Object> tracker;
    private final Server docs;
    private volatile String openApi = "{}";
    private Server api;
    private Destination http;
    private ScheduledFuture<?> pending;

    @Activate
    public RestServer(BundleContext context, @Reference I18nService i18n, @Reference Authenticator authenticator,
            @Reference ApiTokens tokens, @Reference SessionRegistry sessions, @Reference ModuleRegistry modules)
            throws InvalidSyntaxException {
        this.context = context;
        ErrorResponses errors = new ErrorResponses(i18n);
        List<Object> all = new ArrayList<>();
        all.add(new JacksonJsonProvider(ApiJson.mapper()));
        all.add(new AuthenticationFilter(authenticator, tokens, sessions, i18n, errors));
        all.addAll(ExceptionMappers.all(errors));
        this.providers = List.copyOf(all);
        this.status = new StatusResource(modules, () -> builtAfter == changes.get());
        String swaggerUi = context.getBundle().getHeaders().get("Swagger-UI-Version");
        this.docs = create("/", List.of(new ApiDocsResource(this::document, context.getBundle(), swaggerUi)), true);
        this.tracker = new ServiceTracker<>(context, context.createFilter(RestResource.FILTER), null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                Object resource = context.getService(reference);
                if (resource != null) {
                    resources.put(reference, resource);
                    changes.incrementAndGet();
                    scheduleRebuild();
                }
                return resource;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Object resource) {
                resources.remove(reference);
                changes.incrementAndGet();
                context.ungetService(reference);
                scheduleRebuild();
            }
        };
        tracker.open(true);
        scheduleRebuild();
    }

    /** The forms are not needed to serve; while they are missing the document leaves custom fields out. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CustomFields customFields;

    /** The document of the resources registered now, with the custom fields as they stand now. */
    private String document() {
        CustomFields forms = customFields;
        return forms == null ? openApi : OpenApiDocument.withCustomFields(openApi, forms.recordTypes());
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        rebuilds.shutdown();
        rebuilds.awaitTermination(10, TimeUnit.SECONDS);
        synchronized (this) {
            if (api != null) {
                api.destroy();
                http.setMessageObserver(null);
                http.shutdown();
            }
        }
        docs.destroy();
    }

    /** A rebuild not yet started will see this change too; one already running is followed by another. */
    private synchronized void scheduleRebuild() {
        if (rebuilds.isShutdown() || pending != null && pending.getDelay(TimeUnit.MILLISECONDS) > 0) {
            return;
        }
        pending = rebuilds.schedule(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                LOG.error("Rebuilding the REST endpoint failed", e);
            }
        }, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void rebuild() {
        long seen = changes.get();
        List<Object> beans = new ArrayList<>(resources.values());
        beans.add(status);
        String document = OpenApiDocument.describe(beans.stream().<Class<?>>map(Object::getClass).toList(),
                context.getBundle().getVersion().toString());
        ServerImpl next = (ServerImpl) create("/v1", beans, false);
        http = next.getDestination();
        next.setDestination(new StandInDestination(http.getAddress()));
        next.start();
        http.setMessageObserver(next.getDestination().getMessageObserver());
        if (api != null) {
            api.destroy();
        }
        api = next;
        openApi = document;
        builtAfter = seen;
        LOG.info("REST endpoint /api/v1 serves {} resources", beans.size());
    }

    private Server create(String address, List<Object> beans, boolean start) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestServer.class.getClassLoader());
        try {
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setStart(start);
            factory.setAddress(address);
            factory.setServiceBeans(beans);
            factory.setProviders(providers);
            return factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
