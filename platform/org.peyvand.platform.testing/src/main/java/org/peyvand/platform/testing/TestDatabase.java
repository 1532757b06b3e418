package org.peyvand.platform.testing;

import java.sql.Connection;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.peyvand.platform.persistence.Transactions;
import org.hibernate.jpa.HibernatePersistenceProvider;

import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * An in-memory Derby database migrated with the changelog of the bundle under test (read from its
 * {@code target/classes}, as other bundles on the class path carry changelogs at the same path), and the bundle's persistence
 * unit on it with local transactions, behind a {@link JpaTemplate} like the one Aries provides.
 */
public final class TestDatabase implements JpaTemplate, AutoCloseable {
    private final String name = "memory:crm-" + UUID.randomUUID();
    private final EntityManagerFactory emf;

    /** @param unitName the persistence unit of {@code META-INF/persistence.xml} on the class path */
    public TestDatabase(String unitName) {
        EmbeddedDataSource creating = new EmbeddedDataSource();
        creating.setDatabaseName(name);
        creating.setCreateDatabase("create");
        try (Connection connection = creating.getConnection()) {
            Liquibase liquibase = new Liquibase("CRM-INF/db/changelog.xml", new DirectoryResourceAccessor(Path.of("target/classes")),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> liquibase.update(""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(name);
        emf = new HibernatePersistenceProvider().createEntityManagerFactory(unitName, Map.of(
                "javax.persistence.transactionType", "RESOURCE_LOCAL",
                "javax.persistence.nonJtaDataSource", dataSource,
                "hibernate.dialect", "org.hibernate.dialect.DerbyTenSevenDialect"));
    }

    public Transactions transactions() {
        return new Transactions(this);
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            R result = code.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    /** Closes the persistence unit and drops the in-memory database (Derby reports a drop as an exception). */
    @Override
    public void close() {
        emf.close();
        EmbeddedDataSource dropping = new EmbeddedDataSource();
        dropping.setDatabaseName(name);
        dropping.setConnectionAttributes("drop=true");
        try (Connection connection = dropping.getConnection()) {
            throw new IllegalStateException(name + " was not dropped");
        } catch (SQLException dropped) {
            // SQL state 08006: the database is gone
        }
    }
}
