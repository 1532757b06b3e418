package org.peyvand.module.network.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Walks a tree down from some nodes a level at a time: one read of the children of a whole level,
 * never one per node (Derby has no recursive query, so this is how both databases walk it). Nodes
 * already reached are not walked again, so a cycle stored before the rule against them existed, or
 * a node under two parents, cannot make it loop.
 */
final class SubtreeWalk {

    /**
     * @param children  the children of each node reached, in the order read
     * @param reached   the starting nodes and every node beneath them
     * @param truncated nodes were left unwalked below the last level followed
     */
    record Result(Map<Long, List<Long>> children, Set<Long> reached, boolean truncated) {
        List<Long> childrenOf(long node) {
            return children.getOrDefault(node, List.of());
        }
    }

    private SubtreeWalk() {
    }

    /** @param childrenOf the children of each of a level's nodes, as one read */
    static Result walk(Collection<Long> starts, Function<Set<Long>, Map<Long, List<Long>>> childrenOf, int maxLevels) {
        Set<Long> reached = new LinkedHashSet<>(starts);
        Map<Long, List<Long>> children = new HashMap<>();
        Set<Long> level = new LinkedHashSet<>(starts);
        int depth = 0;
        while (!level.isEmpty() && depth < maxLevels) {
            Map<Long, List<Long>> read = childrenOf.apply(level);
            Set<Long> next = new LinkedHashSet<>();
            read.forEach((parent, kids) -> {
                children.put(parent, List.copyOf(kids));
                kids.stream().filter(reached::add).forEach(next::add);
            });
            level = next;
            depth++;
        }
        return new Result(children, reached, !level.isEmpty());
    }
}
