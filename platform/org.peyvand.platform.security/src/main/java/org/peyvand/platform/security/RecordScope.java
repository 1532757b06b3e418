package org.peyvand.platform.security;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which records of one type a caller may see and change: everything, or the records they own
 * plus those owned by a set of org units. Modules turn it into a condition of their query
 * ({@link #sql}), so lists, counts, searches and exports are narrowed by the database itself
 * and paging stays right; single records are checked with {@link #allows}.
 */
public record RecordScope(Level level, String username, Set<Long> unitIds) {

    /** From narrowest to widest; a caller with several roles gets the widest of them. */
    public enum Level {
        OWN, UNIT, UNIT_TREE, ALL
    }

    public RecordScope {
        unitIds = Set.copyOf(unitIds);
    }

    public static RecordScope all(String username) {
        return new RecordScope(Level.ALL, username, Set.of());
    }

    public boolean unrestricted() {
        return level == Level.ALL;
    }

    public boolean allows(String owner, long ownerUnitId) {
        return unrestricted() || username.equals(owner) || unitIds.contains(ownerUnitId);
    }

    /**
     * The condition for a query, {@code null} when unrestricted. {@code bind} turns each value into
     * the query's placeholder for it (a {@code ?}, a named parameter), in the order they appear.
     *
     * @param ownerColumn e.g. {@code r.owner}
     * @param unitColumn e.g. {@code r.owner_unit_id}
     */
    public String condition(String ownerColumn, String unitColumn, Function<Object, String> bind) {
        if (unrestricted()) {
            return null;
        }
        String owner = ownerColumn + " = " + bind.apply(username);
        if (unitIds.isEmpty()) {
            return owner;
        }
        String units = unitIds.stream().sorted().map(bind).collect(Collectors.joining(", "));
        return "(" + owner + " OR " + unitColumn + " IN (" + units + "))";
    }
}
