package org.peyvand.module.visits;

/**
 * Which visits a list shows.
 *
 * @param text      words the purpose starts with; {@code null} for any
 * @param accountId only the visits to this account; {@code null} for all
 */
public record VisitQuery(String text, Long accountId) {
    public static final VisitQuery ALL = new VisitQuery(null, null);

    public static VisitQuery text(String text) {
        return new VisitQuery(text, null);
    }
}
