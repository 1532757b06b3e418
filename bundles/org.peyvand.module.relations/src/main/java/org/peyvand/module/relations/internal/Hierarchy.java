package org.peyvand.module.relations.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.peyvand.module.relations.RecordKey;

/** The rule of hierarchical types: a record may not end up above itself. */
public final class Hierarchy {

    private Hierarchy() {
    }

    /**
     * Whether a link {@code from → to} would close a cycle: walking up from {@code to} along the
     * type's links reaches {@code from}. Records already seen are not walked again, so a cycle
     * stored before the rule existed cannot make this loop.
     *
     * @param parents the targets of the type's links from a record
     */
    public static boolean closesCycle(RecordKey from, RecordKey to, Function<RecordKey, List<RecordKey>> parents) {
        if (from.equals(to)) {
            return true;
        }
        Set<RecordKey> seen = new HashSet<>();
        Deque<RecordKey> waiting = new ArrayDeque<>(List.of(to));
        while (!waiting.isEmpty()) {
            RecordKey current = waiting.pop();
            if (!seen.add(current)) {
                continue;
            }
            for (RecordKey parent : parents.apply(current)) {
                if (parent.equals(from)) {
                    return true;
                }
                waiting.push(parent);
            }
        }
        return false;
    }
}
