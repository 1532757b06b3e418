package org.peyvand.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peyvand.platform.workflow.internal.Diagrams.flow;
import static org.peyvand.platform.workflow.internal.Diagrams.process;
import static org.peyvand.platform.workflow.internal.Workbench.ADMIN;
import static org.peyvand.platform.workflow.internal.Workbench.MINA;
import static org.peyvand.platform.workflow.internal.Workbench.REZA;
import static org.peyvand.platform.workflow.internal.Workbench.SARA;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.HistoryStep;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkItemState;

/** The interpreter element by element, through the services people use. */
class ProcessFlowTest {
    private final Workbench bench = new Workbench();

    @AfterEach
    void stop() {
        bench.close();
    }

    private ProcessInstance run(String key, String body, Map<String, Object> variables) {
        bench.processes.deploy(ADMIN, process(key, body), null);
        return bench.processes.start(SARA, key, null, null, variables);
    }

    private WorkItem only(List<WorkItem> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private InstanceState state(long id) {
        return bench.processes.instance(ADMIN, id).instance().state();
    }

    @Test
    void anExclusiveGatewayTakesTheFirstMatchingFlowElseItsDefault() {
        String body = """
                <startEvent id="start"/>
                <userTask id="review" name="Review" camunda:assignee="${initiator}"/>
                <exclusiveGateway id="decide" default="reject"/>
                <userTask id="sign" name="Sign" camunda:candidateGroups="role:manager"/>
                <endEvent id="rejected"/><endEvent id="done"/>
                %s %s %s %s %s
                """.formatted(flow("f1", "start", "review"), flow("f2", "review", "decide"),
                flow("accept", "decide", "sign", "${amount > 1000000 && approved}"), flow("reject", "decide", "rejected"),
                flow("f3", "sign", "done"));
        ProcessInstance big = run("approval", body, Map.of("amount", 5_000_000));

        WorkItem review = only(bench.box(SARA, CartableBox.MINE));
        assertThat(review.name()).isEqualTo("Review");
        bench.cartable.complete(SARA, review.id(), Map.of("approved", true), "ok");

        assertThat(bench.box(SARA, CartableBox.MINE)).isEmpty();
        WorkItem sign = only(bench.box(MINA, CartableBox.TO_CLAIM));
        assertThat(sign.candidateRole()).isEqualTo("manager");
        bench.cartable.claim(MINA, sign.id());
        bench.cartable.complete(MINA, sign.id(), Map.of(), null);
        assertThat(state(big.id())).isEqualTo(InstanceState.COMPLETED);
        assertThat(bench.variables(big.id())).containsEntry("approved", true).containsEntry("amount", new BigDecimal("5000000"));

        ProcessInstance small = bench.processes.start(SARA, "approval", null, null, Map.of("amount", 10));
        bench.cartable.complete(SARA, only(bench.box(SARA, CartableBox.MINE)).id(), Map.of("approved", true), null);
        assertThat(state(small.id())).isEqualTo(InstanceState.COMPLETED);
        assertThat(bench.processes.instance(ADMIN, small.id()).history()).extracting(HistoryStep::event, HistoryStep::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("passed", "reject"));
    }

    @Test
    void aTaskGoesToWhoeverOwnsTheProcesssRecord() {
        bench.processes.deploy(ADMIN, process("follow", """
                <startEvent id="start"/><userTask id="call" name="Call the customer" camunda:assignee="${recordOwner}"/><endEvent id="end"/>
                %s %s
                """.formatted(flow("f1", "start", "call"), flow("f2", "call", "end"))), null);

        bench.processes.start(SARA, "follow", "accounts.account", "42", Map.of());
        WorkItem call = only(bench.box(REZA, CartableBox.MINE));
        assertThat(call.recordId()).isEqualTo("42");
        assertThat(bench.processes.instance(ADMIN, call.instanceId()).variables()).containsEntry("recordOwner", "reza");

        // a record without an owner leaves the task with the starter's unit, as a task without an assignee
        bench.processes.start(SARA, "follow", "post.letter", "7", Map.of());
        assertThat(bench.box(SARA, CartableBox.TO_CLAIM)).extracting(WorkItem::recordId).containsExactly("7");
    }

    @Test
    void aParallelGatewayWaitsForEveryBranch() {
        ProcessInstance instance = run("both", """
                <startEvent id="start"/><parallelGateway id="split"/>
                <userTask id="a" camunda:assignee="sara"/><userTask id="b" camunda:assignee="reza"/>
                <parallelGateway id="join"/><userTask id="after" camunda:assignee="sara"/><endEvent id="end"/>
                %s %s %s %s %s %s %s
                """.formatted(flow("f1", "start", "split"), flow("f2", "split", "a"), flow("f3", "split", "b"), flow("f4", "a", "join"),
                flow("f5", "b", "join"), flow("f6", "join", "after"), flow("f7", "after", "end")), Map.of());

        bench.cartable.complete(REZA, only(bench.box(REZA, CartableBox.MINE)).id(), Map.of(), null);
        WorkItem a = only(bench.box(SARA, CartableBox.MINE));
        assertThat(a.elementId()).isEqualTo("a");
        bench.cartable.complete(SARA, a.id(), Map.of(), null);

        WorkItem after = only(bench.box(SARA, CartableBox.MINE));
        assertThat(after.elementId()).isEqualTo("after");
        assertThat(bench.processes.instance(ADMIN, instance.id()).instance().activeElements()).containsExactly("after");
        bench.cartable.complete(SARA, after.id(), Map.of(), null);
        assertThat(state(instance.id())).isEqualTo(InstanceState.COMPLETED);
    }

    @Test
    void aSubProcessRunsItsInsideThenGoesOn() {
        ProcessInstance instance = run("nested", """
                <startEvent id="start"/>
                <subProcess id="sub"><startEvent id="in"/><userTask id="inner" camunda:assignee="sara"/><endEvent id="out"/>%s %s</subProcess>
                <userTask id="after" camunda:assignee="sara"/><endEvent id="end"/>
                %s %s %s
                """.formatted(flow("s1", "in", "inner"), flow("s2", "inner", "out"), flow("f1", "start", "sub"), flow("f2", "sub", "after"),
                flow("f3", "after", "end")), Map.of());

        assertThat(bench.processes.instance(ADMIN, instance.id()).instance().activeElements()).containsExactlyInAnyOrder("sub", "inner");
        bench.cartable.complete(SARA, only(bench.box(SARA, CartableBox.MINE)).id(), Map.of(), null);
        assertThat(only(bench.box(SARA, CartableBox.MINE)).elementId()).isEqualTo("after");
    }

    @Test
    void aCallActivityRunsTheCalledProcessAndTakesItsVariablesBack() {
        bench.processes.deploy(ADMIN, process("child", """
                <startEvent id="s"/><userTask id="check" camunda:assignee="reza"/><endEvent id="e"/>%s %s
                """.formatted(flow("c1", "s", "check"), flow("c2", "check", "e"))), null);
        ProcessInstance parent = run("parent", """
                <startEvent id="start"/><callActivity id="call" calledElement="child"/><userTask id="after" camunda:assignee="sara"/>
                <endEvent id="end"/>%s %s %s
                """.formatted(flow("f1", "start", "call"), flow("f2", "call", "after"), flow("f3", "after", "end")), Map.of("order", "A-1"));

        WorkItem check = only(bench.box(REZA, CartableBox.MINE));
        assertThat(check.processKey()).isEqualTo("child");
        bench.cartable.complete(REZA, check.id(), Map.of("checked", "yes"), null);

        assertThat(only(bench.box(SARA, CartableBox.MINE)).elementId()).isEqualTo("after");
        assertThat(bench.variables(parent.id())).containsEntry("checked", "yes").containsEntry("order", "A-1");
    }

    @Test
    void aBusinessRuleSetsVariablesThroughTheSandbox() {
        ProcessInstance instance = run("rule", """
                <startEvent id="start"/>
                <businessRuleTask id="score"><extensionElements><camunda:inputOutput>
                  <camunda:outputParameter name="total">${quantity * price}</camunda:outputParameter>
                  <camunda:outputParameter name="vip">${quantity * price >= 100}</camunda:outputParameter>
                </camunda:inputOutput></extensionElements></businessRuleTask>
                <userTask id="t" camunda:assignee="sara"/><endEvent id="end"/>%s %s %s
                """.formatted(flow("f1", "start", "score"), flow("f2", "score", "t"), flow("f3", "t", "end")),
                Map.of("quantity", 3, "price", new BigDecimal("39.99")));

        assertThat(bench.variables(instance.id())).containsEntry("total", new BigDecimal("119.97")).containsEntry("vip", true);
    }

    @Test
    void aFailingConditionRefusesTheActionAndKeepsTheTask() {
        run("broken", """
                <startEvent id="start"/><userTask id="t" camunda:assignee="sara"/>
                <exclusiveGateway id="g"/><endEvent id="a"/><endEvent id="b"/>
                %s %s %s %s
                """.formatted(flow("f1", "start", "t"), flow("f2", "t", "g"), flow("toA", "g", "a", "${x > 1}"), flow("toB", "g", "b", "${x < 0}")),
                Map.of());
        WorkItem task = only(bench.box(SARA, CartableBox.MINE));

        assertThatThrownBy(() -> bench.cartable.complete(SARA, task.id(), Map.of("x", 0), null))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("workflow.error.noFlow"));

        assertThat(bench.cartable.get(SARA, task.id()).state()).isEqualTo(WorkItemState.OPEN);
        bench.cartable.complete(SARA, task.id(), Map.of("x", 5), null);
        assertThat(bench.cartable.get(SARA, task.id()).state()).isEqualTo(WorkItemState.COMPLETED);
    }

    @Test
    void theSecondOfTwoPeopleCompletingOneTaskIsToldItIsDone() {
        run("claim", """
                <startEvent id="start"/><userTask id="t" camunda:candidateGroups="unit:sales"/><endEvent id="end"/>%s %s
                """.formatted(flow("f1", "start", "t"), flow("f2", "t", "end")), Map.of());
        WorkItem offered = only(bench.box(REZA, CartableBox.TO_CLAIM));
        assertThat(offered.candidateUnit()).isEqualTo(7L);

        bench.cartable.claim(SARA, offered.id());
        assertThatThrownBy(() -> bench.cartable.claim(REZA, offered.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("workflow.error.itemTaken"));
        bench.cartable.complete(SARA, offered.id(), Map.of(), null);
        assertThatThrownBy(() -> bench.cartable.complete(SARA, offered.id(), Map.of(), null))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("workflow.error.itemClosed"));
    }

    @Test
    void badVariablesAreRefusedByName() {
        bench.processes.deploy(ADMIN, process("v", """
                <startEvent id="start"/><userTask id="t" camunda:assignee="sara"/><endEvent id="end"/>%s %s
                """.formatted(flow("f1", "start", "t"), flow("f2", "t", "end"))), null);

        assertThatThrownBy(() -> bench.processes.start(SARA, "v", null, null, Map.of("1bad", 1, "ok", Map.of("nested", 1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactlyInAnyOrder("variables.1bad", "variables.ok"));
    }

    @Test
    void deployingTheSameDocumentTwiceAddsOneVersion() {
        String xml = process("same", """
                <startEvent id="start"/><endEvent id="end"/>%s
                """.formatted(flow("f1", "start", "end")));
        assertThat(bench.processes.deploy(ADMIN, xml, "first")).hasSize(1);
        assertThat(bench.processes.deploy(ADMIN, xml, "again")).isEmpty();
        assertThat(bench.processes.versions(ADMIN, "same")).hasSize(1);
    }
}
