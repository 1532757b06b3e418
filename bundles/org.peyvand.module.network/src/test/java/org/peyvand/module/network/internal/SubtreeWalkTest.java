package org.peyvand.module.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.module.network.NodeRole;
import org.peyvand.module.network.RollUp;

class SubtreeWalkTest {
    private final Map<Long, List<Long>> tree = new HashMap<>();
    private final List<Set<Long>> reads = new ArrayList<>();

    private void link(long parent, long... children) {
        for (long child : children) {
            tree.computeIfAbsent(parent, p -> new ArrayList<>()).add(child);
        }
    }

    private SubtreeWalk.Result walk(int levels, Long... starts) {
        return SubtreeWalk.walk(List.of(starts), level -> {
            reads.add(Set.copyOf(level));
            Map<Long, List<Long>> children = new HashMap<>();
            level.forEach(id -> {
                if (tree.containsKey(id)) {
                    children.put(id, tree.get(id));
                }
            });
            return children;
        }, levels);
    }

    @Test
    void readsOneLevelAtATime() {
        link(1, 2, 3);
        link(2, 4, 5);
        link(3, 6);
        SubtreeWalk.Result result = walk(10, 1L);
        assertThat(reads).containsExactly(Set.of(1L), Set.of(2L, 3L), Set.of(4L, 5L, 6L));
        assertThat(result.reached()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(result.truncated()).isFalse();
        assertThat(RollUps.beneath(2, result)).containsExactlyInAnyOrder(4L, 5L);
    }

    @Test
    void aCycleOrASharedChildIsWalkedOnce() {
        link(1, 2, 3);
        link(2, 4);
        link(3, 4);
        link(4, 1);
        SubtreeWalk.Result result = walk(10, 1L);
        assertThat(reads).hasSize(3);
        assertThat(RollUps.beneath(1, result)).containsExactlyInAnyOrder(2L, 3L, 4L);
    }

    @Test
    void stopsAtTheLevelLimitAndSaysSo() {
        link(1, 2);
        link(2, 3);
        link(3, 4);
        SubtreeWalk.Result result = walk(2, 1L);
        assertThat(result.reached()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void rollsUpRolesAndPeopleBeneathEachNode() {
        link(1, 2, 3);
        link(2, 4, 5, 6);
        link(3, 7);
        SubtreeWalk.Result result = walk(10, 1L, 2L);
        Map<Long, NodeRole> roles = Map.of(2L, NodeRole.SUBSIDIARY, 3L, NodeRole.DISTRIBUTION_CENTRE, 4L, NodeRole.AGENCY, 5L, NodeRole.AGENCY,
                6L, NodeRole.SALES_CENTRE, 7L, NodeRole.SALES_CENTRE);
        Map<Long, Long> people = Map.of(1L, 10L, 2L, 3L, 4L, 2L, 7L, 1L);

        assertThat(RollUps.of(1, result, roles, people)).isEqualTo(new RollUp(6, 1, 2, 1, 2, 16L, false));
        assertThat(RollUps.of(2, result, roles, people)).isEqualTo(new RollUp(3, 0, 2, 0, 1, 5L, false));
        assertThat(RollUps.of(7, result, roles, null)).isEqualTo(new RollUp(0, 0, 0, 0, 0, null, false));
    }
}
