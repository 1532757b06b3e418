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
import org.peyvand.platform.persistence.SchemaReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.FastCheckService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;

/**
 * Reads which tables and sequences a bundle's change sets create, as Liquibase parses them, and
 * drops them newest first in one transaction with the change log rows of that bundle. Runs on the
 * migration thread: Liquibase keeps what it read of the change log per thread.
 */
final class SchemaEraser {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaEraser.class);
    private final DataSource dataSource;

    SchemaEraser(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<String> purge(Bundle bundle) {
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
            List<String> dropped = drop(connection, tables, sequences, path);
            // Liquibase remembers which change logs it found up to date, and what it read of the change log table
            Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
            Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
            LOG.info("Purged the schema of {}: dropped {}", bundle.getSymbolicName(), dropped);
            return dropped;
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
