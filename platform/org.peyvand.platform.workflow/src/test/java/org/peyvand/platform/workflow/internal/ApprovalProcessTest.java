package org.peyvand.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peyvand.platform.workflow.internal.Workbench.ADMIN;
import static org.peyvand.platform.workflow.internal.Workbench.MINA;
import static org.peyvand.platform.workflow.internal.Workbench.REZA;
import static org.peyvand.platform.workflow.internal.Workbench.SARA;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.WorkItem;

/** The multi-level approval the kernel ships, configured only by its variables. */
class ApprovalProcessTest {
    private final Workbench bench = new Workbench();

    @BeforeEach
    void deploy() throws IOException {
        bench.processes.deploy(ADMIN, Files.readString(Path.of("src/main/resources/CRM-INF/workflow/processes/approval.bpmn")), null);
    }

    @AfterEach
    void stop() {
        bench.close();
    }

    private ProcessInstance request(String approvers) {
        return bench.processes.start(SARA, "platform.approval", "sales.proforma", "31", Map.of("approvers", approvers, "approvalDue", "PT8H"));
    }

    private WorkItem only(List<WorkItem> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void everyLevelApprovesInTurn() {
        ProcessInstance instance = request("user:reza, role:manager");

        WorkItem first = only(bench.box(REZA, CartableBox.MINE));
        assertThat(first.dueAt()).isNotNull();
        bench.cartable.complete(REZA, first.id(), Map.of("decision", "approved", "note", "قیمت درست است"), null);
        WorkItem second = only(bench.box(MINA, CartableBox.TO_CLAIM));
        assertThat(second.candidateRole()).isEqualTo("manager");
        bench.cartable.claim(MINA, second.id());
        bench.cartable.complete(MINA, second.id(), Map.of("decision", "approved"), null);

        assertThat(bench.processes.instance(ADMIN, instance.id()).instance().state()).isEqualTo(InstanceState.COMPLETED);
        assertThat(bench.variables(instance.id())).containsEntry("outcome", "approved");
    }

    @Test
    void aRejectionEndsItAtThatLevel() {
        ProcessInstance instance = request("user:reza, user:mina, role:manager");

        bench.cartable.complete(REZA, only(bench.box(REZA, CartableBox.MINE)).id(), Map.of("decision", "approved"), null);
        bench.cartable.complete(MINA, only(bench.box(MINA, CartableBox.MINE)).id(), Map.of("decision", "rejected"), null);

        assertThat(bench.variables(instance.id())).containsEntry("outcome", "rejected").containsEntry("rejectedAt", new BigDecimal("2"));
        assertThat(bench.box(MINA, CartableBox.TO_CLAIM)).isEmpty();
    }

    @Test
    void noApproversApprovesAtOnce() {
        ProcessInstance instance = request("");

        assertThat(bench.variables(instance.id())).containsEntry("outcome", "approved");
    }
}
