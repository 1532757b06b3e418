package org.peyvand.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * After the workflow benchmark, straight in its database (no REST call lists waiting jobs): every
 * open first task must keep exactly its one pending boundary timer, and no timer may be left behind
 * by a completed first task. Run on a stopped server, since embedded Derby admits one process.
 *
 * <pre>java -cp bench.jar:derby.jar org.peyvand.bench.PendingTimers jdbc:derby:/path/data/derby/crm "" "label"</pre>
 */
public final class PendingTimers {

    private PendingTimers() {
    }

    public static void main(String[] args) throws SQLException {
        String label = args.length > 2 ? args[2] : args[0];
        try (Connection db = DriverManager.getConnection(args[0], args[1], "")) {
            long pending = count(db, "select count(*) from wf_job where kind = 'timer' and state = 'WAITING' and element_id = 'late'");
            long open = count(db, "select count(*) from wf_item where element_id = '" + WorkflowBenchmark.FIRST_TASK + "' and state = 'OPEN'");
            long completed = count(db, "select count(*) from wf_item where element_id = '" + WorkflowBenchmark.FIRST_TASK
                    + "' and state = 'COMPLETED'");
            long left = count(db, "select count(*) from wf_job j where exists (select 1 from wf_item i where i.token_id = j.token_id "
                    + "and i.element_id = '" + WorkflowBenchmark.FIRST_TASK + "' and i.state <> 'OPEN')");
            long failed = count(db, "select count(*) from wf_job where attempts > 0");
            System.out.printf("%s | timers | %,d boundary timers pending for %,d open first tasks; %,d left behind by %,d completed "
                    + "first tasks; %d jobs with a failed attempt%n", label, pending, open, left, completed, failed);
            if (pending != open || left != 0 || failed != 0) {
                throw new IllegalStateException("the pending timers do not match the open first tasks");
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
