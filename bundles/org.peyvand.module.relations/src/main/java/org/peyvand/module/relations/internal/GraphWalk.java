package org.peyvand.module.relations.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.peyvand.module.relations.RecordKey;

/**
 * Breadth-first walk over links in both directions: one read of the links touching a whole level,
 * so a walk to depth N costs N reads whatever the fan-out. Records are taken level by level until
 * the node limit; the links kept are those between records taken.
 */
public final class GraphWalk {

    /**
     * @param depths    each record reached and how many links from the start, in the order reached
     * @param hops      the links between reached records, each once
     * @param truncated records linked within the depth were left out for the node limit
     */
    public record Result(Map<RecordKey, Integer> depths, List<Hop> hops, boolean truncated) {
    }

    private GraphWalk() {
    }

    /**
     * @param touching the links with an end among the given records
     */
    public static Result walk(RecordKey start, int depth, int maxNodes, Function<Collection<RecordKey>, List<Hop>> touching) {
        Map<RecordKey, Integer> depths = new LinkedHashMap<>();
        Map<Long, Hop> hops = new LinkedHashMap<>();
        depths.put(start, 0);
        Set<RecordKey> frontier = Set.of(start);
        boolean truncated = false;
        for (int level = 1; level <= depth && !frontier.isEmpty() && !truncated; level++) {
            Set<RecordKey> next = new LinkedHashSet<>();
            for (Hop hop : touching.apply(frontier)) {
                for (RecordKey end : List.of(hop.from(), hop.to())) {
                    if (depths.containsKey(end)) {
                        continue;
                    }
                    if (depths.size() >= maxNodes) {
                        truncated = true;
                        break;
                    }
                    depths.put(end, level);
                    next.add(end);
                }
                if (depths.containsKey(hop.from()) && depths.containsKey(hop.to())) {
                    hops.putIfAbsent(hop.linkId(), hop);
                }
            }
            frontier = next;
        }
        if (!frontier.isEmpty() && !truncated) {
            // links among the last level's records close the picture without reaching further
            for (Hop hop : touching.apply(frontier)) {
                if (depths.containsKey(hop.from()) && depths.containsKey(hop.to())) {
                    hops.putIfAbsent(hop.linkId(), hop);
                }
            }
        }
        return new Result(depths, new ArrayList<>(hops.values()), truncated);
    }
}
