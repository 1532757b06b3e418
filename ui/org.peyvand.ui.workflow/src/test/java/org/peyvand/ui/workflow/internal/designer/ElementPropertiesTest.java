package org.peyvand.ui.workflow.internal.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.ui.workflow.internal.diagram.DiagramChange;
import org.peyvand.ui.workflow.internal.diagram.DiagramElement;
import org.peyvand.ui.workflow.internal.diagram.DiagramElement.Timer;

class ElementPropertiesTest {

    private static DiagramElement element(String type, Map<String, String> attrs) {
        return new DiagramElement("E_1", type, null, attrs, null, null);
    }

    private static DiagramElement timerEvent(Timer timer) {
        return new DiagramElement("Wait_1", "bpmn:IntermediateCatchEvent", "bpmn:TimerEventDefinition", Map.of("name", "صبر"), null, timer);
    }

    private static String field(ValidationException e) {
        return e.fieldErrors().get(0).field();
    }

    @Test
    void userTaskFieldsAreReadFromCamundaAttributes() {
        DiagramElement task = element("bpmn:UserTask", Map.of("name", "بررسی", "camunda:assignee", "sara", "camunda:candidateGroups",
                "unit:12, role:manager", "camunda:formKey", "leave.request", "camunda:dueDate", "P2D"));

        assertThat(ElementKind.of(task)).isEqualTo(ElementKind.USER_TASK);
        assertThat(ElementProperties.read(task)).containsExactly(Map.entry("name", "بررسی"), Map.entry("assignee", "sara"),
                Map.entry("candidateUnit", "12"), Map.entry("candidateRole", "manager"), Map.entry("formKey", "leave.request"),
                Map.entry("dueDate", "P2D"));
    }

    @Test
    void userTaskFieldsAreWrittenToTheirAttributesAndBlankRemovesThem() {
        DiagramElement task = element("bpmn:UserTask", Map.of());

        assertThat(ElementProperties.write(task, "assignee", " sara ").attrs()).containsExactly(Map.entry("camunda:assignee", "sara"));
        assertThat(ElementProperties.write(task, "formKey", "leave.request").attrs()).containsExactly(Map.entry("camunda:formKey", "leave.request"));
        assertThat(ElementProperties.write(task, "name", "تأیید مدیر").attrs()).containsExactly(Map.entry("name", "تأیید مدیر"));
    }

    @Test
    void candidatesAreTheUnitAndTheRoleOfTheCandidateGroups() {
        DiagramElement task = element("bpmn:UserTask", Map.of("camunda:candidateGroups", "sales"));

        assertThat(ElementProperties.read(task)).containsEntry("candidateRole", "sales").containsEntry("candidateUnit", "");
        assertThat(ElementProperties.write(task, "candidateUnit", "12").attrs())
                .containsExactly(Map.entry("camunda:candidateGroups", "unit:12,role:sales"));
        DiagramElement both = element("bpmn:UserTask", Map.of("camunda:candidateGroups", "unit:12,role:sales"));
        assertThat(ElementProperties.write(both, "candidateRole", "").attrs()).containsExactly(Map.entry("camunda:candidateGroups", "unit:12"));
        assertThat(ElementProperties.write(element("bpmn:UserTask", Map.of("camunda:candidateGroups", "role:sales")), "candidateRole", "")
                .attrs()).containsExactly(Map.entry("camunda:candidateGroups", ""));
        assertThatThrownBy(() -> ElementProperties.write(task, "candidateRole", "a,b")).isInstanceOf(ValidationException.class);
        DiagramElement person = element("bpmn:UserTask", Map.of("camunda:candidateGroups", "user:ali, role:sales"));
        assertThat(ElementProperties.read(person)).containsEntry("candidateRole", "sales");
        assertThat(ElementProperties.write(person, "candidateUnit", "7").attrs())
                .as("a person named among the candidates is kept").containsExactly(Map.entry("camunda:candidateGroups", "unit:7,role:sales,user:ali"));
    }

    @Test
    void dueDateIsADurationADateOrAnExpression() {
        DiagramElement task = element("bpmn:UserTask", Map.of());

        assertThat(ElementProperties.write(task, "dueDate", "PT4H").attrs()).containsEntry("camunda:dueDate", "PT4H");
        assertThat(ElementProperties.write(task, "dueDate", "2025-03-21T09:00").attrs()).containsEntry("camunda:dueDate", "2025-03-21T09:00");
        assertThat(ElementProperties.write(task, "dueDate", "${deadline}").attrs()).containsEntry("camunda:dueDate", "${deadline}");
        assertThatThrownBy(() -> ElementProperties.write(task, "dueDate", "two days")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(field(e)).isEqualTo("dueDate"));
    }

    @Test
    void aServiceTaskNamesItsExecutorAsAnExternalTopic() {
        DiagramElement service = element("bpmn:ServiceTask", Map.of("camunda:type", "external", "camunda:topic", "sms.send"));

        assertThat(ElementProperties.read(service)).containsEntry("executor", "sms.send");
        assertThat(ElementProperties.write(service, "executor", "email.send").attrs())
                .containsOnly(Map.entry("camunda:type", "external"), Map.entry("camunda:topic", "email.send"));
        assertThat(ElementProperties.write(service, "executor", "").attrs())
                .containsOnly(Map.entry("camunda:type", ""), Map.entry("camunda:topic", ""));
        assertThatThrownBy(() -> ElementProperties.write(service, "executor", "send sms")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aTopicWithoutTheExternalTypeIsNoExecutor() {
        assertThat(ElementProperties.read(element("bpmn:ServiceTask", Map.of("camunda:topic", "sms.send")))).containsEntry("executor", "");
    }

    @Test
    void aSequenceFlowKeepsItsConditionAsTheConditionExpression() {
        DiagramElement flow = new DiagramElement("Flow_1", "bpmn:SequenceFlow", null, Map.of("name", "بله"), "${amount > 1000}", null);

        assertThat(ElementProperties.read(flow)).containsExactly(Map.entry("name", "بله"), Map.entry("condition", "${amount > 1000}"));
        DiagramChange change = ElementProperties.write(flow, "condition", "${approved}");
        assertThat(change.condition()).isEqualTo("${approved}");
        assertThat(change.attrs()).isEmpty();
        assertThat(ElementProperties.write(flow, "condition", " ").condition()).isEmpty();
    }

    @Test
    void aTimerIsReadWithItsWorkingTimeFlag() {
        DiagramElement event = timerEvent(new Timer("timeDuration", "PT8H", Map.of("crm:calendar", "working")));

        assertThat(ElementKind.of(event)).isEqualTo(ElementKind.TIMER_EVENT);
        assertThat(ElementProperties.read(event)).containsExactly(Map.entry("name", "صبر"), Map.entry("timerKind", "timeDuration"),
                Map.entry("timerValue", "PT8H"), Map.entry("workingTime", "true"));
    }

    @Test
    void countingWorkingTimeIsTheCalendarAttributeOfTheTimerDefinition() {
        DiagramElement event = timerEvent(new Timer("timeDuration", "PT8H", Map.of()));

        Timer working = ElementProperties.write(event, "workingTime", "true").timer();
        assertThat(working).isEqualTo(new Timer("timeDuration", "PT8H", Map.of("crm:calendar", "working")));
        Timer plain = ElementProperties.write(timerEvent(working), "workingTime", "").timer();
        assertThat(plain.attrs()).containsExactly(Map.entry("crm:calendar", ""));
    }

    @Test
    void aTimerValueMustSuitItsKind() {
        DiagramElement duration = timerEvent(new Timer("timeDuration", "", Map.of()));
        assertThat(ElementProperties.write(duration, "timerValue", "P1D").timer().value()).isEqualTo("P1D");
        assertThat(ElementProperties.write(duration, "timerValue", "P1M").timer().value()).isEqualTo("P1M");
        assertThatThrownBy(() -> ElementProperties.write(duration, "timerValue", "2025-03-21T09:00"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(field(e)).isEqualTo("timerValue");
                    assertThat(e.fieldErrors().get(0).messageKey()).isEqualTo("workflow.ui.error.timeDuration");
                });

        DiagramElement date = timerEvent(new Timer("timeDate", "", Map.of()));
        assertThat(ElementProperties.write(date, "timerValue", "2025-03-21T09:00:00+03:30").timer().value()).isEqualTo("2025-03-21T09:00:00+03:30");
        assertThatThrownBy(() -> ElementProperties.write(date, "timerValue", "PT1H")).isInstanceOf(ValidationException.class);

        DiagramElement cycle = timerEvent(new Timer("timeCycle", "", Map.of()));
        assertThat(ElementProperties.write(cycle, "timerValue", "R3/PT10M").timer().value()).isEqualTo("R3/PT10M");
        assertThat(ElementProperties.write(cycle, "timerValue", "R/2025-03-21T09:00/P1D").timer().value()).isEqualTo("R/2025-03-21T09:00/P1D");
        assertThatThrownBy(() -> ElementProperties.write(cycle, "timerValue", "every day")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aNewKindKeepsTheValueOnlyWhenItSuitsIt() {
        DiagramElement event = timerEvent(new Timer("timeDuration", "PT2H", Map.of("crm:calendar", "working")));

        assertThat(ElementProperties.write(event, "timerKind", "timeDate").timer())
                .isEqualTo(new Timer("timeDate", "", Map.of("crm:calendar", "working")));
        assertThat(ElementProperties.write(event, "timerKind", "timeDuration").timer().value()).isEqualTo("PT2H");
        assertThatThrownBy(() -> ElementProperties.write(event, "timerKind", "sometimes")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aValueWithoutAKindIsRefusedOnTheKind() {
        assertThatThrownBy(() -> ElementProperties.write(timerEvent(null), "timerValue", "PT1H"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(field(e)).isEqualTo("timerKind"));
    }

    @Test
    void theProcessKeyIsItsIdAndMustBeAnXmlName() {
        DiagramElement process = new DiagramElement("Process_1", "bpmn:Process", null, Map.of("name", "مرخصی"), null, null);

        assertThat(ElementProperties.read(process)).containsExactly(Map.entry("key", "Process_1"), Map.entry("name", "مرخصی"));
        assertThat(ElementProperties.write(process, "key", "leave.request").attrs()).containsExactly(Map.entry("id", "leave.request"));
        assertThatThrownBy(() -> ElementProperties.write(process, "key", "1st")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ElementProperties.write(process, "key", "درخواست")).isInstanceOf(ValidationException.class);
    }

    @Test
    void otherElementsHaveOnlyTheirName() {
        assertThat(ElementProperties.fields(ElementKind.of(element("bpmn:ExclusiveGateway", Map.of())))).containsExactly("name");
        assertThat(ElementProperties.fields(ElementKind.of(element("bpmn:EndEvent", Map.of())))).containsExactly("name");
    }
}
