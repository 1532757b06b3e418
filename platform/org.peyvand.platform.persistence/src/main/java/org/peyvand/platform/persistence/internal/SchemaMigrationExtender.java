package org.peyvand.platform.persistence.internal;

import java.sql.Connection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.peyvand.platform.persistence.SchemaPurge;
import org.peyvand.platform.persistence.SchemaReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.ui.LoggerUIService;

/**
 * Applies the Liquibase changelog of every started bundle that has one, one at a time and off
 * the framework thread, then announces the bundle's {@link SchemaReady}. A bundle whose
 * migration fails gets no {@code SchemaReady}, so its data services stay unsatisfied and the
 * module registry reports it as not ready instead of letting it run on a stale schema.
 */
@Component(service = SchemaPurge.class, immediate = true)
public class SchemaMigrationExtender implements SchemaPurge {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrationExtender.class);

    private final DataSource dataSource;
    private final BundleContext context;
    private final ExecutorService migrations = Executors.newSingleThreadExecutor(r -> new Thread(r, "crm-schema-migration"));
    private final Map<Long, ServiceRegistration<SchemaReady>> ready = new ConcurrentHashMap<>();
    private final BundleTracker<Long> tracker;
    private final SchemaEraser eraser;

    @Activate
    public SchemaMigrationExtender(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource) {
        this.context = context;
        this.dataSource = dataSource;
        this.eraser = new SchemaEraser(dataSource);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                if (bundle.getEntry(SchemaReady.CHANGELOG) == null) {
                    return null;
                }
                migrations.execute(() -> migrate(bundle));
                return bundle.getBundleId();
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long bundleId) {
                withdraw(bundleId);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        migrations.shutdownNow();
        migrations.awaitTermination(30, TimeUnit.SECONDS);
        ready.keySet().forEach(this::withdraw);
    }

    /** Purges on the migration thread, so a purge and a migration never run at once. */
    @Override
    public List<String> purge(Bundle bundle) {
        try {
            return migrations.submit(() -> eraser.purge(bundle)).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while purging the schema of " + bundle.getSymbolicName(), e);
        }
    }

    private void migrate(Bundle bundle) {
        if ((bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
            return;
        }
        long started = System.nanoTime();
        BundleChangelogAccessor accessor = new BundleChangelogAccessor(bundle);
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(accessor.changelogPath(SchemaReady.CHANGELOG), accessor, database);
            // Liquibase reports to the log, not to the Karaf console
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> liquibase.update(new Contexts(), new LabelExpression()));
            String product = connection.getMetaData().getDatabaseProductName();
            announce(bundle, product);
            LOG.info("Schema of {} is up to date on {} ({} ms)", bundle.getSymbolicName(), product,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (Exception | LinkageError e) {
            // a missing optional dependency of Liquibase shows as a LinkageError: report it too
            LOG.error("Schema migration of {} failed; its data services stay off", bundle.getSymbolicName(), e);
        }
    }

    private void announce(Bundle bundle, String product) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(SchemaReady.PROPERTY, bundle.getSymbolicName());
        SchemaReady marker = () -> product;
        ServiceRegistration<SchemaReady> registration = context.registerService(SchemaReady.class, marker, properties);
        ServiceRegistration<SchemaReady> previous = ready.put(bundle.getBundleId(), registration);
        if (previous != null) {
            previous.unregister();
        }
    }

    private void withdraw(long bundleId) {
        ServiceRegistration<SchemaReady> registration = ready.remove(bundleId);
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered when this bundle stopped
            }
        }
    }
}
