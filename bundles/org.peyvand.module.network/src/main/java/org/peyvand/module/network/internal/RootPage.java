package org.peyvand.module.network.internal;

import java.util.List;
import java.util.TreeSet;

/**
 * One page of the network's tops, merged by account id from two keyset-paged sources: the tops of
 * the subsidiary hierarchy (read by the relationships module) and the organisations the network has
 * facts about without a parent. Each source is read {@code limit + 1} rows deep; where one was cut
 * short, ids beyond its last row are unknown, so the page stops there and the cursor resumes from it.
 */
record RootPage(List<Long> ids, Long nextAfter) {

    /**
     * @param tops       up to {@code limit + 1} tops, ascending
     * @param candidates up to {@code limit + 1} ids of nodes with facts, ascending, read before those with a parent were dropped
     * @param parentless the candidates without a parent
     */
    static RootPage merge(List<Long> tops, List<Long> candidates, List<Long> parentless, int limit) {
        long horizon = Long.MAX_VALUE;
        if (tops.size() > limit) {
            horizon = Math.min(horizon, tops.get(tops.size() - 1));
        }
        if (candidates.size() > limit) {
            horizon = Math.min(horizon, candidates.get(candidates.size() - 1));
        }
        TreeSet<Long> merged = new TreeSet<>(tops);
        merged.addAll(parentless);
        List<Long> known = merged.headSet(horizon, true).stream().toList();
        if (known.size() > limit) {
            List<Long> page = known.subList(0, limit);
            return new RootPage(page, page.get(limit - 1));
        }
        // everything up to the horizon is shown; beyond it the sources hold more
        return new RootPage(known, horizon == Long.MAX_VALUE ? null : horizon);
    }
}
