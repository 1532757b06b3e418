package org.peyvand.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peyvand.platform.workflow.internal.Diagrams.flow;
import static org.peyvand.platform.workflow.internal.Diagrams.process;
import static org.peyvand.platform.workflow.internal.Workbench.ADMIN;
import static org.peyvand.platform.workflow.internal.Workbench.MINA;
import static org.peyvand.platform.workflow.internal.Workbench.REZA;
import static org.peyvand.platform.workflow.internal.Workbench.SARA;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.InstanceQuery;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.Referral;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkflowPermissions;

/** The totals of the cartable boxes and of the instance list agree with what the lists show. */
class CountsTest {
    private final Workbench bench = new Workbench();

    @AfterEach
    void stop() {
        bench.close();
    }

    private void deploy() {
        bench.processes.deploy(ADMIN, process("note", """
                <startEvent id="start"/><userTask id="read" name="Read" camunda:assignee="${initiator}"/>%s
                <userTask id="check" camunda:candidateGroups="role:manager"/><endEvent id="end"/>%s %s"""
                .formatted(flow("f1", "start", "read"), flow("f2", "read", "check"), flow("f3", "check", "end"))), null);
    }

    @Test
    void eachBoxCountsWhatItLists() {
        deploy();
        for (int i = 0; i < 3; i++) {
            bench.processes.start(SARA, "note", null, null, Map.of());
        }
        List<WorkItem> mine = bench.box(SARA, CartableBox.MINE);
        bench.cartable.refer(SARA, mine.get(0).id(), new Referral("reza", null, null, null));
        bench.cartable.complete(SARA, mine.get(1).id(), Map.of(), null);

        for (Caller caller : List.of(SARA, REZA, MINA)) {
            for (CartableBox box : CartableBox.values()) {
                assertThat(bench.cartable.count(caller, box)).as(caller.username() + " " + box)
                        .isEqualTo(bench.box(caller, box).size());
            }
        }
        assertThat(bench.cartable.count(SARA, CartableBox.MINE)).isEqualTo(1);
        assertThat(bench.cartable.count(SARA, CartableBox.SENT)).isEqualTo(1);
        assertThat(bench.cartable.count(SARA, CartableBox.DONE)).isEqualTo(1);
        assertThat(bench.cartable.count(MINA, CartableBox.TO_CLAIM)).isEqualTo(1);
        assertThat(bench.cartable.openCount(MINA)).isEqualTo(1);
    }

    @Test
    void theInstanceCountTakesTheListsFilters() {
        deploy();
        ProcessInstance first = bench.processes.start(SARA, "note", "crm.letter", "9", Map.of());
        bench.processes.start(REZA, "note", null, null, Map.of());
        bench.processes.start(REZA, "note", null, null, Map.of());
        bench.processes.cancel(ADMIN, first.id(), null);

        for (InstanceQuery query : List.of(InstanceQuery.all(), new InstanceQuery("note", InstanceState.ACTIVE, null, null, null, false),
                new InstanceQuery(null, null, "reza", null, null, false), new InstanceQuery(null, null, null, "crm.letter", "9", false),
                new InstanceQuery("other", null, null, null, null, false), new InstanceQuery(null, null, null, null, null, true))) {
            assertThat(bench.processes.count(ADMIN, query)).as(query.toString())
                    .isEqualTo(bench.processes.instances(ADMIN, query, PageRequest.first(500, null, true)).items().size());
        }
        assertThat(bench.processes.count(ADMIN, new InstanceQuery(null, InstanceState.CANCELLED, null, null, null, false))).isEqualTo(1);
        assertThat(bench.processes.count(ADMIN, null)).isEqualTo(3);
    }

    @Test
    void countingNeedsWhatListingNeeds() {
        bench.guard.deny(WorkflowPermissions.CARTABLE_USE).deny(WorkflowPermissions.PROCESS_MONITOR);
        assertThatThrownBy(() -> bench.cartable.count(SARA, CartableBox.MINE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bench.processes.count(SARA, InstanceQuery.all())).isInstanceOf(AccessDeniedException.class);
    }
}
