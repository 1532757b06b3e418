package org.peyvand.platform.report.internal.query;

/**
 * How a field's column keeps points in time, which decides how its days are read in Tehran: a
 * module's entity columns hold the server's wall time (Hibernate writes them so), the form kernel's
 * custom values the UTC wall time, and plain days have no time of day at all.
 */
public enum Storage {
    VALUE, SERVER_TIME, UTC_TIME, DAY
}
