package org.peyvand.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peyvand.platform.workflow.internal.Diagrams.flow;
import static org.peyvand.platform.workflow.internal.Workbench.ADMIN;
import static org.peyvand.platform.workflow.internal.Workbench.SARA;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.internal.service.EventStarts;

/** Processes whose message start event names a CRM event start when it is posted. */
class EventStartsTest {
    private final Workbench bench = new Workbench();

    @AfterEach
    void stop() {
        bench.close();
    }

    @Test
    void aCrmEventStartsTheProcessesListeningToItOnItsRecord() {
        EventStarts starts = new EventStarts(bench.runtime);
        // heard before the deploy: the listeners it read then must not hide the new process
        starts.handleEvent(new Event("crm/record/custom_complaint/created", Map.of("crm.id", 3L, "crm.type", "custom.complaint", "crm.user", "sara")));
        bench.processes.deploy(ADMIN, """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                             targetNamespace="t">
                  <message id="complaint" name="crm/record/custom_complaint/created"/>
                  <process id="complaints" isExecutable="true">
                    <startEvent id="received"><messageEventDefinition messageRef="complaint"/></startEvent>
                    <userTask id="answer" camunda:assignee="${initiator}"/><endEvent id="end"/>
                    %s %s
                  </process>
                </definitions>
                """.formatted(flow("f1", "received", "answer"), flow("f2", "answer", "end")), null);

        starts.handleEvent(new Event("crm/record/custom_other/created", Map.of("crm.id", 4L, "crm.type", "custom.other", "crm.user", "sara")));
        starts.handleEvent(new Event("crm/record/custom_complaint/created",
                Map.of("crm.id", 7L, "crm.type", "custom.complaint", "crm.user", "sara")));

        List<WorkItem> mine = bench.box(SARA, CartableBox.MINE);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).recordType()).isEqualTo("custom.complaint");
        assertThat(mine.get(0).recordId()).isEqualTo("7");
        assertThat(bench.processes.list(ADMIN).get(0).startable()).isFalse();
    }
}
