package org.peyvand.module.relations.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peyvand.module.relations.RecordKey;

/**
 * Breadth-first walk over links in both directions: one read of the links touching a whole level,
 * so a walk to depth N costs N reads whatever the fan-out. Records are taken level by level until
 * the node limit; the links kept are those between records taken. Each read takes at most one link
 * more than the node limit of each direction and kind, so a record with thousands of links (a large
 * employer) costs no more than the picture can show; a read cut short marks the graph truncated.
 */
public final class GraphWalk {

    /**
     * @param depths    each record reached and how many links from the start, in the order reached
     * @param hops      the links between reached records, each once
     * @param truncated records linked within the depth were left out for the node limit
     */
    public record Result(Map<RecordKey, Integer> depths, List<Hop> hops, boolean truncated) {
    }

    /** Links read, and whether the read left some out for its limit. */
    public record Read(List<Hop> hops, boolean cut) {
    }

    /** Reads the links with an end among the given records, at most {@code limit} of each direction and kind. */
    public interface Touching {
        Read read(Collection<RecordKey> records, int limit);
    }

    private GraphWalk() {
    }

    public static Result walk(RecordKey start, int depth, int maxNodes, Touching touching) {
        int limit = maxNodes + 1;
        Map<RecordKey, Integer> depths = new LinkedHashMap<>();
        Map<Long, Hop> hops = new LinkedHashMap<>();
        depths.put(start, 0);
        Set<RecordKey> frontier = Set.of(start);
        boolean truncated = false;
        for (int level = 1; level <= depth && !frontier.isEmpty() && !truncated; level++) {
            Set<RecordKey> next = new LinkedHashSet<>();
            Read read = touching.read(frontier, limit);
            truncated = read.cut();
            for (Hop hop : read.hops()) {
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
            Read read = touching.read(frontier, limit);
            truncated = read.cut();
            for (Hop hop : read.hops()) {
                if (depths.containsKey(hop.from()) && depths.containsKey(hop.to())) {
                    hops.putIfAbsent(hop.linkId(), hop);
                }
            }
        }
        return new Result(depths, new ArrayList<>(hops.values()), truncated);
    }
}
