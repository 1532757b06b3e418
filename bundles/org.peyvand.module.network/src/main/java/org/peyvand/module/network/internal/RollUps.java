package org.peyvand.module.network.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.peyvand.module.network.NodeRole;
import org.peyvand.module.network.RollUp;

/** The figures of a node from a walk of its subtree, counted in memory once the walk's reads are done. */
final class RollUps {

    private RollUps() {
    }

    /**
     * @param roles  the role of each node that has one
     * @param people contacts per organisation; {@code null} when the caller may not count them
     */
    static RollUp of(long node, SubtreeWalk.Result walk, Map<Long, NodeRole> roles, Map<Long, Long> people) {
        Set<Long> beneath = beneath(node, walk);
        int subsidiaries = 0;
        int agencies = 0;
        int distributionCentres = 0;
        int salesCentres = 0;
        for (Long id : beneath) {
            NodeRole role = roles.get(id);
            if (role == NodeRole.SUBSIDIARY) {
                subsidiaries++;
            } else if (role == NodeRole.AGENCY) {
                agencies++;
            } else if (role == NodeRole.DISTRIBUTION_CENTRE) {
                distributionCentres++;
            } else if (role == NodeRole.SALES_CENTRE) {
                salesCentres++;
            }
        }
        Long staff = null;
        if (people != null) {
            long sum = people.getOrDefault(node, 0L);
            for (Long id : beneath) {
                sum += people.getOrDefault(id, 0L);
            }
            staff = sum;
        }
        return new RollUp(beneath.size(), subsidiaries, agencies, distributionCentres, salesCentres, staff, walk.truncated());
    }

    /** Every node beneath, once, the node itself left out even where a cycle leads back to it. */
    static Set<Long> beneath(long node, SubtreeWalk.Result walk) {
        Set<Long> seen = new HashSet<>();
        Deque<Long> waiting = new ArrayDeque<>(walk.childrenOf(node));
        while (!waiting.isEmpty()) {
            Long current = waiting.pop();
            if (current != node && seen.add(current)) {
                waiting.addAll(walk.childrenOf(current));
            }
        }
        return seen;
    }
}
