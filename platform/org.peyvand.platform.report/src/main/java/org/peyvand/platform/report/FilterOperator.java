package org.peyvand.platform.report;

/**
 * How a filter compares a field with its values; {@link #IN_PERIOD} takes a {@link Period}.
 * {@link #SEARCH} names no field: its values are the text typed in a list's search box, and it keeps
 * the records that list finds by it (each word the start of one of the record's words), through the
 * type's search tokens ({@link ReportSource#tokens()}).
 */
public enum FilterOperator {
    EQUALS, NOT_EQUALS, GREATER, GREATER_OR_EQUAL, LESS, LESS_OR_EQUAL, IN, CONTAINS, EMPTY, NOT_EMPTY, IN_PERIOD, SEARCH
}
