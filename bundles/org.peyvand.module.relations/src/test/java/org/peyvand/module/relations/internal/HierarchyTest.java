package org.peyvand.module.relations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;

class HierarchyTest {
    private static final RecordKey HOLDING = company(1);
    private static final RecordKey REFINERY = company(2);
    private static final RecordKey DEPOT = company(3);
    private static final RecordKey OTHER = company(4);

    /** subsidiary → its parents */
    private final Map<RecordKey, List<RecordKey>> parents = new HashMap<>();

    @Test
    void aRecordAboveItselfIsACycle() {
        parents.put(REFINERY, List.of(HOLDING));
        parents.put(DEPOT, List.of(REFINERY));
        // the holding as a subsidiary of its own grandchild
        assertThat(Hierarchy.closesCycle(HOLDING, DEPOT, this::parentsOf)).isTrue();
        assertThat(Hierarchy.closesCycle(HOLDING, REFINERY, this::parentsOf)).isTrue();
        assertThat(Hierarchy.closesCycle(HOLDING, HOLDING, this::parentsOf)).isTrue();
    }

    @Test
    void siblingsAndNewBranchesAreNot() {
        parents.put(REFINERY, List.of(HOLDING));
        parents.put(DEPOT, List.of(REFINERY));
        assertThat(Hierarchy.closesCycle(OTHER, DEPOT, this::parentsOf)).isFalse();
        assertThat(Hierarchy.closesCycle(DEPOT, HOLDING, this::parentsOf)).isFalse();
        assertThat(Hierarchy.closesCycle(HOLDING, OTHER, this::parentsOf)).isFalse();
    }

    @Test
    void aCycleStoredEarlierDoesNotMakeTheWalkLoop() {
        parents.put(REFINERY, List.of(DEPOT));
        parents.put(DEPOT, List.of(REFINERY));
        assertThat(Hierarchy.closesCycle(OTHER, REFINERY, this::parentsOf)).isFalse();
    }

    private List<RecordKey> parentsOf(RecordKey record) {
        return parents.getOrDefault(record, List.of());
    }

    private static RecordKey company(long id) {
        return new RecordKey(RecordKind.ACCOUNT, id);
    }
}
