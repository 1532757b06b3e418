package org.peyvand.platform.report;

/** How a filter compares a field with its values; {@link #IN_PERIOD} takes a {@link Period}. */
public enum FilterOperator {
    EQUALS, NOT_EQUALS, GREATER, GREATER_OR_EQUAL, LESS, LESS_OR_EQUAL, IN, CONTAINS, EMPTY, NOT_EMPTY, IN_PERIOD
}
