package org.peyvand.platform.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.persistence.SchemaPurge;
import org.peyvand.platform.persistence.SchemaReady;

import liquibase.change.Change;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;

/**
 * Reads which tables and sequences a bundle's change sets create, as Liquibase parses them, and
 * drops them newest first in one transaction with the change log rows of that bundle.
 */
@Component(service = SchemaPurge.class)
public class SchemaPurgeImpl implements SchemaPurge {
    private final DataSource dataSource;

    @Activate
    public SchemaPurgeImpl(@Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<String> purge(Bundle bundle) {
        if ((bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING)) != 0) {
            throw new IllegalStateException(bundle.getSymbolicName() + " is running; stop it before purging its schema");
        }
        if (bundle.getEntry(SchemaReady.CHANGELOG) == null) {
            return List.of();
        }
        BundleChangelogAccessor accessor = new BundleChangelogAccessor(bundle);
        String path = accessor.changelogPath(SchemaReady.CHANGELOG);
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance().getParser(path, accessor)
                    .parse(path, new ChangeLogParameters(database), accessor);
            List<String> tables = new ArrayList<>();
            List<String> sequences = new ArrayList<>();
            for (ChangeSet changeSet : changelog.getChangeSets()) {
                for (Change change : changeSet.getChanges()) {
                    if (change instanceof CreateTableChange table) {
                        tables.add(table.getTableName());
                    } else if (change instanceof CreateSequenceChange sequence) {
                        sequences.add(sequence.getSequenceName());
                    }
                }
            }
            Collections.reverse(tables);
            return drop(connection, tables, sequences, path);
        } catch (SQLException e) {
            throw new IllegalStateException("the schema of " + bundle.getSymbolicName() + " could not be purged: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("the changelog of " + bundle.getSymbolicName() + " could not be read: " + e.getMessage(), e);
        }
    }

    private static List<String> drop(Connection connection, List<String> tables, List<String> sequences, String path) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        List<String> dropped = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                if (exists(connection, table)) {
                    statement.executeUpdate("DROP TABLE " + table);
                    dropped.add(table);
                }
            }
            for (String sequence : sequences) {
                statement.executeUpdate("DROP SEQUENCE " + sequence + " RESTRICT");
                dropped.add(sequence);
            }
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM DATABASECHANGELOG WHERE FILENAME = ?")) {
                forget.setString(1, path);
                forget.executeUpdate();
            }
            connection.commit();
            return dropped;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Whether a table a later change set dropped or renamed is still there. */
    private static boolean exists(Connection connection, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase(), table.toLowerCase())) {
            try (var rows = connection.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                if (rows.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
