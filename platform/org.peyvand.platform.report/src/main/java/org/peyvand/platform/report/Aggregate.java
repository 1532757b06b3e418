package org.peyvand.platform.report;

/** What a report column computes over the records of each group. */
public enum Aggregate {
    COUNT, SUM, AVG, MIN, MAX, COUNT_DISTINCT
}
