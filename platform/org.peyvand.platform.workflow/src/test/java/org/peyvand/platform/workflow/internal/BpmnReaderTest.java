package org.peyvand.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peyvand.platform.workflow.internal.Diagrams.flow;
import static org.peyvand.platform.workflow.internal.Diagrams.process;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.form.expression.SafeExpressions;
import org.peyvand.platform.workflow.internal.model.BpmnReader;
import org.peyvand.platform.workflow.internal.model.NodeKind;
import org.peyvand.platform.workflow.internal.model.ProcessGraph;
import org.peyvand.platform.workflow.internal.model.TimerSpec;

class BpmnReaderTest {
    private final SafeExpressions sandbox = new SafeExpressions(Duration.ofMillis(500));
    private final BpmnReader reader = new BpmnReader(sandbox);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private List<FieldError> refusals(String xml) {
        try {
            reader.read(xml);
        } catch (ValidationException refused) {
            return refused.fieldErrors();
        }
        throw new AssertionError("accepted: " + xml);
    }

    @Test
    void readsEveryElementTheEngineRuns() {
        ProcessGraph graph = reader.read(process("approval", """
                <startEvent id="start"/>
                <userTask id="review" name="بررسی" camunda:assignee="${initiator}" camunda:candidateGroups="unit:sales, role:manager"
                          camunda:formKey="form.review" camunda:dueDate="PT8H"/>
                <boundaryEvent id="late" attachedToRef="review" cancelActivity="false">
                  <timerEventDefinition crm:calendar="working"><timeCycle>R2/PT1H</timeCycle></timerEventDefinition>
                </boundaryEvent>
                <serviceTask id="notify" camunda:type="external" camunda:topic="sms.send">
                  <extensionElements><camunda:inputOutput><camunda:inputParameter name="to">${phone}</camunda:inputParameter></camunda:inputOutput></extensionElements>
                </serviceTask>
                <businessRuleTask id="score">
                  <extensionElements><camunda:inputOutput><camunda:outputParameter name="level">${level + 1}</camunda:outputParameter></camunda:inputOutput></extensionElements>
                </businessRuleTask>
                <exclusiveGateway id="decide" default="no"/>
                <parallelGateway id="split"/>
                <parallelGateway id="join"/>
                <subProcess id="sub"><startEvent id="subStart"/><task id="inner"/><endEvent id="subEnd"/>
                  %s %s</subProcess>
                <callActivity id="call" calledElement="other"/>
                <intermediateCatchEvent id="pause"><timerEventDefinition><timeDuration>PT10M</timeDuration></timerEventDefinition></intermediateCatchEvent>
                <endEvent id="end"/>
                <endEvent id="stop"><terminateEventDefinition/></endEvent>
                %s %s %s %s %s %s %s %s %s %s %s %s %s
                """.formatted(flow("s1", "subStart", "inner"), flow("s2", "inner", "subEnd"),
                flow("f1", "start", "review"), flow("f2", "review", "score"), flow("f3", "score", "decide"),
                flow("yes", "decide", "split", "${level > 1}"), flow("no", "decide", "stop"), flow("f4", "split", "notify"),
                flow("f5", "split", "sub"), flow("f6", "notify", "join"), flow("f7", "sub", "join"), flow("f8", "join", "call"),
                flow("f9", "call", "pause"), flow("f10", "pause", "end"), flow("f11", "late", "end"))))
                .get(0);

        assertThat(graph.key()).isEqualTo("approval");
        assertThat(graph.start()).isEqualTo("start");
        assertThat(graph.node("review").kind()).isEqualTo(NodeKind.USER_TASK);
        assertThat(graph.node("review").task().formKey()).isEqualTo("form.review");
        assertThat(graph.node("review").boundaries()).containsExactly("late");
        assertThat(graph.node("late").timer()).isEqualTo(new TimerSpec(TimerSpec.Kind.CYCLE, "R2/PT1H", true));
        assertThat(graph.node("late").interrupting()).isFalse();
        assertThat(graph.node("notify").executor()).isEqualTo("sms.send");
        assertThat(graph.node("notify").inputs()).containsEntry("to", "${phone}");
        assertThat(graph.node("score").outputs()).containsEntry("level", "${level + 1}");
        assertThat(graph.node("decide").defaultFlow()).isEqualTo("no");
        assertThat(graph.node("decide").outgoing()).extracting(f -> f.condition()).containsExactly("level > 1", null);
        assertThat(graph.node("join").incoming()).isEqualTo(2);
        assertThat(graph.node("sub").start()).isEqualTo("subStart");
        assertThat(graph.node("inner").scope()).isEqualTo("sub");
        assertThat(graph.node("stop").kind()).isEqualTo(NodeKind.TERMINATE_END);
        assertThat(graph.executors()).containsExactly("sms.send");
    }

    @Test
    void refusesElementsItCannotRunNamingThem() {
        List<FieldError> errors = refusals(process("p", """
                <startEvent id="start"/>
                <scriptTask id="script" scriptFormat="groovy"><script>1</script></scriptTask>
                <inclusiveGateway id="maybe"/>
                <endEvent id="end"/>
                %s %s %s
                """.formatted(flow("f1", "start", "script"), flow("f2", "script", "maybe"), flow("f3", "maybe", "end"))));

        assertThat(errors).extracting(FieldError::messageKey).containsOnly("workflow.error.bpmn.unsupported");
        assertThat(errors).extracting(e -> e.args().get(1)).contains("script", "maybe");
    }

    @Test
    void refusesAFlowOutOfAGatewayWithoutConditionOrDefault() {
        List<FieldError> errors = refusals(process("p", """
                <startEvent id="start"/><exclusiveGateway id="g"/><endEvent id="a"/><endEvent id="b"/>
                %s %s %s
                """.formatted(flow("f1", "start", "g"), flow("toA", "g", "a", "${x == 1}"), flow("toB", "g", "b"))));

        assertThat(errors).containsExactly(FieldError.of("bpmn.toB", "workflow.error.bpmn.noCondition", "sequenceFlow", "toB"));
    }

    @Test
    void refusesExpressionsThatLeaveTheSandbox() {
        List<FieldError> errors = refusals(process("p", """
                <startEvent id="start"/><exclusiveGateway id="g" default="toB"/><endEvent id="a"/><endEvent id="b"/>
                %s %s %s
                """.formatted(flow("f1", "start", "g"), flow("toA", "g", "a", "${x.class.forName('java.lang.Runtime') != null}"),
                flow("toB", "g", "b"))));

        assertThat(errors).extracting(FieldError::messageKey).containsExactly("workflow.error.bpmn.expression");
        assertThat(errors.get(0).args().get(0)).isEqualTo("toA");
    }

    @Test
    void refusesBadTimersAndServiceTasksWithoutExecutor() {
        List<FieldError> errors = refusals(process("p", """
                <startEvent id="start"/>
                <intermediateCatchEvent id="wait"><timerEventDefinition><timeDuration>soon</timeDuration></timerEventDefinition></intermediateCatchEvent>
                <serviceTask id="call" camunda:class="com.example.Evil"/>
                <endEvent id="end"/>
                %s %s %s
                """.formatted(flow("f1", "start", "wait"), flow("f2", "wait", "call"), flow("f3", "call", "end"))));

        assertThat(errors).containsExactlyInAnyOrder(FieldError.of("bpmn.wait", "workflow.error.bpmn.timer", "timerEventDefinition", "wait"),
                FieldError.of("bpmn.call", "workflow.error.bpmn.executor", "serviceTask", "call"));
    }

    @Test
    void refusesTextThatIsNotBpmn() {
        assertThatThrownBy(() -> reader.read("<definitions><oops"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get(0).messageKey())
                        .isEqualTo("workflow.error.bpmn.invalid"));
        assertThatThrownBy(() -> reader.read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><definitions>&e;</definitions>"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void refusesAProcessWithoutStartOrWithADanglingTask() {
        List<FieldError> errors = refusals(process("p", "<userTask id=\"t\"/>"));

        assertThat(errors).contains(FieldError.of("bpmn.p", "workflow.error.bpmn.noStart", "process", "p"),
                FieldError.of("bpmn.t", "workflow.error.bpmn.noOutgoing", "userTask", "t"));
    }
}
