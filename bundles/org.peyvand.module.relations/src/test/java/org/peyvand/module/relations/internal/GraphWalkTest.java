package org.peyvand.module.relations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;

class GraphWalkTest {
    private static final RecordKey A = account(1);
    private static final RecordKey B = account(2);
    private static final RecordKey C = contact(3);
    private static final RecordKey D = account(4);
    private static final RecordKey E = contact(5);

    /** Links kept in memory, answering a level's question as the repository does, and counting the questions. */
    private static final class Links {
        private final List<Hop> hops = new ArrayList<>();
        private int reads;

        Links link(RecordKey from, RecordKey to) {
            hops.add(new Hop(hops.size() + 1, 1, from, to));
            return this;
        }

        GraphWalk.Read touching(Collection<RecordKey> records, int limit) {
            reads++;
            List<Hop> touching = hops.stream().filter(hop -> records.contains(hop.from()) || records.contains(hop.to())).toList();
            return new GraphWalk.Read(touching.stream().limit(limit).toList(), touching.size() >= limit);
        }
    }

    @Test
    void reachesRecordsWithinTheDepthFollowingLinksBothWays() {
        // A → B ← C → D → E: B's link from C is incoming, yet C is one link from B
        Links links = new Links().link(A, B).link(C, B).link(C, D).link(D, E);
        GraphWalk.Result walk = GraphWalk.walk(A, 2, 100, links::touching);
        assertThat(walk.depths()).containsExactly(Map.entry(A, 0), Map.entry(B, 1), Map.entry(C, 2));
        assertThat(walk.hops()).extracting(Hop::linkId).containsExactly(1L, 2L);
        assertThat(walk.truncated()).isFalse();

        GraphWalk.Result deeper = GraphWalk.walk(A, 4, 100, links::touching);
        assertThat(deeper.depths()).containsEntry(D, 3).containsEntry(E, 4);
        assertThat(deeper.hops()).hasSize(4);
    }

    @Test
    void readsOnceALevelAndKeepsLinksAmongTheLastLevel() {
        // a triangle: B and C are both one link from A, and linked to each other
        Links links = new Links().link(A, B).link(A, C).link(B, C).link(C, D);
        GraphWalk.Result walk = GraphWalk.walk(A, 1, 100, links::touching);
        assertThat(walk.depths().keySet()).containsExactly(A, B, C);
        assertThat(walk.hops()).extracting(Hop::linkId).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(links.reads).isEqualTo(2);
    }

    @Test
    void visitsEachRecordOnceThroughCycles() {
        Links links = new Links().link(A, B).link(B, C).link(C, A);
        GraphWalk.Result walk = GraphWalk.walk(A, 4, 100, links::touching);
        assertThat(walk.depths()).containsExactly(Map.entry(A, 0), Map.entry(B, 1), Map.entry(C, 1));
        assertThat(walk.hops()).hasSize(3);
    }

    @Test
    void stopsAtTheNodeLimitAndSaysSo() {
        Links links = new Links();
        for (int i = 10; i < 30; i++) {
            links.link(A, contact(i));
        }
        GraphWalk.Result walk = GraphWalk.walk(A, 2, 5, links::touching);
        assertThat(walk.depths()).hasSize(5);
        assertThat(walk.truncated()).isTrue();
        assertThat(walk.hops()).hasSize(4).allSatisfy(hop -> assertThat(walk.depths()).containsKeys(hop.from(), hop.to()));
    }

    @Test
    void readsNoMoreLinksOfABusyRecordThanThePictureCanShow() {
        Links links = new Links();
        for (int i = 10; i < 1010; i++) {
            links.link(contact(i), A);
        }
        List<Integer> asked = new ArrayList<>();
        GraphWalk.Result walk = GraphWalk.walk(A, 2, 5, (records, limit) -> {
            asked.add(limit);
            return links.touching(records, limit);
        });
        assertThat(asked).containsExactly(6);
        assertThat(walk.depths()).hasSize(5);
        assertThat(walk.truncated()).isTrue();
    }

    @Test
    void aRecordWithoutLinksIsItsOwnGraph() {
        GraphWalk.Result walk = GraphWalk.walk(A, 3, 100, new Links()::touching);
        assertThat(walk.depths()).containsExactly(Map.entry(A, 0));
        assertThat(walk.hops()).isEmpty();
    }

    private static RecordKey account(long id) {
        return new RecordKey(RecordKind.ACCOUNT, id);
    }

    private static RecordKey contact(long id) {
        return new RecordKey(RecordKind.CONTACT, id);
    }
}
