package org.peyvand.platform.persistence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** What differs between the databases the platform runs on, where SQL is written by hand; everything else is standard SQL. */
public enum Dialect {
    DERBY, POSTGRESQL;

    public static Dialect of(String databaseProductName) {
        return databaseProductName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : DERBY;
    }

    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    /** The day in Tehran of a timestamp column that keeps the wall time of {@code keptIn}. */
    public String dayInTehran(String timestamp, ZoneId keptIn) {
        return day(timestamp, minutesToTehran(keptIn));
    }

    /** The day of a date, or of a timestamp kept at a day's midnight. */
    public String day(String timestamp) {
        return day(timestamp, 0);
    }

    /** Tehran's distance from a zone now; Iran keeps no summer time since 1401, so one offset serves. */
    static int minutesToTehran(ZoneId zone) {
        Instant now = Instant.now();
        return (TEHRAN.getRules().getOffset(now).getTotalSeconds() - zone.getRules().getOffset(now).getTotalSeconds()) / 60;
    }

    private String day(String timestamp, int minutes) {
        if (minutes == 0) {
            return "CAST(" + timestamp + " AS DATE)";
        }
        return switch (this) {
            case DERBY -> "CAST({fn TIMESTAMPADD(SQL_TSI_MINUTE, " + minutes + ", " + timestamp + ")} AS DATE)";
            case POSTGRESQL -> "CAST(" + timestamp + " + INTERVAL '" + minutes + " minutes' AS DATE)";
        };
    }
}
