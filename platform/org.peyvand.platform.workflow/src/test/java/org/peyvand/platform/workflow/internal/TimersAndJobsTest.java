package org.peyvand.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peyvand.platform.workflow.internal.Diagrams.flow;
import static org.peyvand.platform.workflow.internal.Diagrams.process;
import static org.peyvand.platform.workflow.internal.Workbench.ADMIN;
import static org.peyvand.platform.workflow.internal.Workbench.MINA;
import static org.peyvand.platform.workflow.internal.Workbench.SARA;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.HistoryStep;
import org.peyvand.platform.workflow.Incident;
import org.peyvand.platform.workflow.InstanceQuery;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.ServiceTaskExecutor;
import org.peyvand.platform.workflow.SlaState;
import org.peyvand.platform.workflow.TrailStep;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkItemState;

/** Timers, service tasks and incidents, on a clock the test moves. */
class TimersAndJobsTest {
    private static final String SMS = """
            <startEvent id="start"/>
            <serviceTask id="sms" name="Send SMS" camunda:type="external" camunda:topic="sms.send">
              <extensionElements><camunda:inputOutput><camunda:inputParameter name="to">${phone}</camunda:inputParameter></camunda:inputOutput></extensionElements>
            </serviceTask>
            <userTask id="after" camunda:assignee="sara"/><endEvent id="end"/>
            %s %s %s
            """.formatted(flow("f1", "start", "sms"), flow("f2", "sms", "after"), flow("f3", "after", "end"));

    private final Workbench bench = new Workbench();

    @AfterEach
    void stop() {
        bench.close();
    }

    private ProcessInstance run(String key, String body) {
        bench.processes.deploy(ADMIN, process(key, body), null);
        return bench.processes.start(SARA, key, null, null, Map.of("phone", "+989121234567"));
    }

    private WorkItem only(List<WorkItem> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void anInterruptingBoundaryTimerEscalatesAnOverdueTask() {
        ProcessInstance instance = run("sla", """
                <startEvent id="start"/>
                <userTask id="answer" name="Answer" camunda:assignee="sara" camunda:dueDate="PT4H"/>
                <boundaryEvent id="late" attachedToRef="answer"><timerEventDefinition><timeDuration>PT4H</timeDuration></timerEventDefinition></boundaryEvent>
                <userTask id="escalated" name="Escalated" camunda:assignee="mina"/>
                <endEvent id="end"/><endEvent id="end2"/>
                %s %s %s %s
                """.formatted(flow("f1", "start", "answer"), flow("f2", "answer", "end"), flow("f3", "late", "escalated"),
                flow("f4", "escalated", "end2")));
        WorkItem answer = only(bench.box(SARA, CartableBox.MINE));
        assertThat(answer.sla()).isEqualTo(SlaState.ON_TIME);

        bench.after(Duration.ofHours(3).plusMinutes(30));
        assertThat(bench.cartable.get(SARA, answer.id()).sla()).isEqualTo(SlaState.WARNING);
        assertThat(bench.box(MINA, CartableBox.MINE)).isEmpty();

        bench.after(Duration.ofMinutes(31));
        assertThat(bench.box(SARA, CartableBox.MINE)).isEmpty();
        assertThat(bench.cartable.get(ADMIN, answer.id()).state()).isEqualTo(WorkItemState.CANCELLED);
        assertThat(bench.cartable.trail(ADMIN, answer.id())).extracting(TrailStep::action).containsExactly("created", "escalated", "cancelled");
        assertThat(only(bench.box(MINA, CartableBox.MINE)).elementId()).isEqualTo("escalated");
        assertThat(bench.processes.instance(ADMIN, instance.id()).history()).extracting(HistoryStep::event).contains("timer");
    }

    @Test
    void aRepeatingNonInterruptingTimerRemindsAndTheTaskStays() {
        run("remind", """
                <startEvent id="start"/>
                <userTask id="answer" camunda:assignee="sara"/>
                <boundaryEvent id="nudge" attachedToRef="answer" cancelActivity="false">
                  <timerEventDefinition><timeCycle>R2/PT1H</timeCycle></timerEventDefinition></boundaryEvent>
                <userTask id="reminder" camunda:assignee="mina"/>
                <endEvent id="end"/><endEvent id="end2"/>
                %s %s %s %s
                """.formatted(flow("f1", "start", "answer"), flow("f2", "answer", "end"), flow("f3", "nudge", "reminder"),
                flow("f4", "reminder", "end2")));

        bench.after(Duration.ofMinutes(61));
        bench.after(Duration.ofMinutes(61));
        bench.after(Duration.ofMinutes(61));

        assertThat(bench.box(MINA, CartableBox.MINE)).hasSize(2);
        assertThat(only(bench.box(SARA, CartableBox.MINE)).elementId()).isEqualTo("answer");
    }

    @Test
    void aTimerCatchEventWaitsAndATimerStartStartsOnSchedule() {
        ProcessInstance waiting = run("wait", """
                <startEvent id="start"/>
                <intermediateCatchEvent id="pause"><timerEventDefinition><timeDuration>PT30M</timeDuration></timerEventDefinition></intermediateCatchEvent>
                <userTask id="t" camunda:assignee="sara"/><endEvent id="end"/>
                %s %s %s
                """.formatted(flow("f1", "start", "pause"), flow("f2", "pause", "t"), flow("f3", "t", "end")));
        assertThat(bench.box(SARA, CartableBox.MINE)).isEmpty();
        bench.after(Duration.ofMinutes(31));
        assertThat(only(bench.box(SARA, CartableBox.MINE)).instanceId()).isEqualTo(waiting.id());

        bench.processes.deploy(ADMIN, process("daily", """
                <startEvent id="tick"><timerEventDefinition><timeCycle>R/P1D</timeCycle></timerEventDefinition></startEvent>
                <userTask id="report" camunda:assignee="mina"/><endEvent id="end"/>%s %s
                """.formatted(flow("f1", "tick", "report"), flow("f2", "report", "end"))), null);
        bench.after(Duration.ofHours(25));
        bench.after(Duration.ofHours(24));
        assertThat(bench.box(MINA, CartableBox.MINE)).hasSize(2);
        assertThat(bench.processes.instances(ADMIN, new InstanceQuery("daily", null, null, null, null, false), PageRequest.first(10, null, false))
                .items()).extracting(ProcessInstance::startedBy).containsOnly("system");
    }

    @Test
    void aServiceTaskRunsItsExecutorWithItsInputs() {
        bench.executors.register("sms.send", context -> Map.of("sentTo", context.inputs().get("to")));
        ProcessInstance instance = run("notify", SMS);

        bench.jobs.runDue();

        assertThat(bench.variables(instance.id())).containsEntry("sentTo", "+989121234567");
        assertThat(only(bench.box(SARA, CartableBox.MINE)).elementId()).isEqualTo("after");
    }

    @Test
    void aMissingExecutorWaitsAsAnIncidentAndRunsWhenItArrives() {
        ProcessInstance instance = run("notify", SMS);
        assertThat(bench.processes.list(ADMIN).get(0).unavailableExecutors()).containsExactly("sms.send");

        bench.jobs.runDue();

        Incident incident = only1(bench.processes.incidents(ADMIN));
        assertThat(incident.message()).contains("workflow.error.executorUnavailable", "sms.send");
        assertThat(bench.processes.instances(ADMIN, new InstanceQuery(null, null, null, null, null, true), PageRequest.first(10, null, false))
                .items()).extracting(ProcessInstance::id).containsExactly(instance.id());

        bench.executors.register("sms.send", context -> Map.of());
        bench.jobs.runDue();

        assertThat(bench.processes.incidents(ADMIN)).isEmpty();
        assertThat(only(bench.box(SARA, CartableBox.MINE)).elementId()).isEqualTo("after");
    }

    @Test
    void aFailingExecutorIsRetriedWithBackOffThenBecomesAnIncidentAnAdministratorRetries() {
        AtomicInteger calls = new AtomicInteger();
        ServiceTaskExecutor flaky = context -> {
            if (calls.incrementAndGet() <= 3) {
                throw new java.io.IOException("gateway down");
            }
            return Map.of();
        };
        bench.executors.register("sms.send", flaky);
        ProcessInstance instance = run("notify", SMS);

        bench.jobs.runDue();
        assertThat(calls).hasValue(1);
        bench.after(Duration.ofSeconds(5));
        assertThat(calls).hasValue(1);
        bench.after(Duration.ofSeconds(6));
        assertThat(calls).hasValue(2);
        bench.after(Duration.ofSeconds(61));
        assertThat(calls).hasValue(3);
        bench.after(Duration.ofHours(1));
        assertThat(calls).hasValue(3);
        Incident incident = only1(bench.processes.incidents(ADMIN));
        assertThat(incident.attempts()).isEqualTo(3);
        assertThat(incident.message()).contains("gateway down");

        bench.processes.retry(ADMIN, incident.id());
        bench.jobs.runDue();
        assertThat(calls).hasValue(4);
        assertThat(bench.processes.instance(ADMIN, instance.id()).instance().activeElements()).containsExactly("after");
    }

    @Test
    void aSuspendedInstanceNeitherFiresNorCompletesUntilResumedAndACancelledOneLeavesNothingOpen() {
        ProcessInstance instance = run("sla", """
                <startEvent id="start"/>
                <userTask id="answer" camunda:assignee="sara"/>
                <boundaryEvent id="late" attachedToRef="answer"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></boundaryEvent>
                <endEvent id="end"/><endEvent id="end2"/>
                %s %s %s
                """.formatted(flow("f1", "start", "answer"), flow("f2", "answer", "end"), flow("f3", "late", "end2")));
        WorkItem answer = only(bench.box(SARA, CartableBox.MINE));

        bench.processes.suspend(ADMIN, instance.id(), "waiting for legal");
        bench.after(Duration.ofHours(2));
        assertThat(bench.cartable.get(SARA, answer.id()).state()).isEqualTo(WorkItemState.OPEN);
        assertThatThrownBy(() -> bench.cartable.complete(SARA, answer.id(), Map.of(), null))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("workflow.error.instanceSuspended"));

        bench.processes.resume(ADMIN, instance.id());
        bench.jobs.runDue();
        assertThat(bench.processes.instance(ADMIN, instance.id()).instance().state()).isEqualTo(InstanceState.COMPLETED);

        ProcessInstance second = bench.processes.start(SARA, "sla", null, null, Map.of());
        bench.processes.cancel(ADMIN, second.id(), "duplicate");
        assertThat(bench.box(SARA, CartableBox.MINE)).isEmpty();
        bench.after(Duration.ofHours(2));
        assertThat(bench.processes.instance(ADMIN, second.id()).instance().state()).isEqualTo(InstanceState.CANCELLED);
    }

    @Test
    void anInstanceMovesToANewerVersionOnlyWhereItsPositionExists() {
        String v1 = """
                <startEvent id="start"/><userTask id="answer" camunda:assignee="sara"/><endEvent id="end"/>%s %s
                """.formatted(flow("f1", "start", "answer"), flow("f2", "answer", "end"));
        ProcessInstance instance = run("mig", v1);
        bench.processes.deploy(ADMIN, process("mig", """
                <startEvent id="start"/><userTask id="answer" camunda:assignee="sara"/><userTask id="check" camunda:assignee="sara"/>
                <endEvent id="end"/>%s %s %s
                """.formatted(flow("f1", "start", "answer"), flow("f2", "answer", "check"), flow("f3", "check", "end"))), null);
        bench.processes.deploy(ADMIN, process("mig", """
                <startEvent id="start"/><userTask id="reply" camunda:assignee="sara"/><endEvent id="end"/>%s %s
                """.formatted(flow("f1", "start", "reply"), flow("f2", "reply", "end"))), null);

        assertThatThrownBy(() -> bench.processes.migrate(ADMIN, instance.id(), 3))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.fieldErrors().get(0).args()).containsExactly("answer", 3));
        assertThat(bench.processes.migrate(ADMIN, instance.id(), 2).version()).isEqualTo(2);

        bench.cartable.complete(SARA, only(bench.box(SARA, CartableBox.MINE)).id(), Map.of(), null);
        assertThat(only(bench.box(SARA, CartableBox.MINE)).elementId()).isEqualTo("check");
    }

    private static Incident only1(List<Incident> incidents) {
        assertThat(incidents).hasSize(1);
        return incidents.get(0);
    }
}
