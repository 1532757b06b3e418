package org.peyvand.platform.report.internal.query;

import java.util.Locale;

/** What differs between the databases reports run on; everything else is standard SQL. */
public enum Dialect {
    DERBY, POSTGRESQL;

    public static Dialect of(String databaseProductName) {
        return databaseProductName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : DERBY;
    }

    /** The day of a timestamp column once moved by {@code minutes} into Tehran's wall time. */
    String day(String timestamp, int minutes) {
        if (minutes == 0) {
            return "CAST(" + timestamp + " AS DATE)";
        }
        return switch (this) {
            case DERBY -> "CAST({fn TIMESTAMPADD(SQL_TSI_MINUTE, " + minutes + ", " + timestamp + ")} AS DATE)";
            case POSTGRESQL -> "CAST(" + timestamp + " + INTERVAL '" + minutes + " minutes' AS DATE)";
        };
    }
}
