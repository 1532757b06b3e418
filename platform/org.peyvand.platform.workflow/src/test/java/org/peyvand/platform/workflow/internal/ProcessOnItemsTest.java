package org.peyvand.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peyvand.platform.workflow.internal.Diagrams.flow;
import static org.peyvand.platform.workflow.internal.Diagrams.process;
import static org.peyvand.platform.workflow.internal.Workbench.ADMIN;
import static org.peyvand.platform.workflow.internal.Workbench.REZA;
import static org.peyvand.platform.workflow.internal.Workbench.SARA;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.AccessDeniedException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.ExecutorSummary;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.Referral;
import org.peyvand.platform.workflow.ServiceTaskExecutor;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkflowPermissions;

/** What items tell of their process, who may read an instance, and the executors offered. */
class ProcessOnItemsTest {
    private final Workbench bench = new Workbench();

    @AfterEach
    void stop() {
        bench.close();
    }

    private ProcessInstance startLetter() {
        String tasks = """
                <startEvent id="start"/><userTask id="reply" name="Reply" camunda:assignee="reza"/><endEvent id="end"/>%s %s
                """.formatted(flow("f1", "start", "reply"), flow("f2", "reply", "end"));
        bench.processes.deploy(ADMIN, process("letter", tasks), null);
        bench.processes.deploy(ADMIN, process("memo", tasks).replace(" name=\"memo process\"", ""), null);
        bench.processes.start(SARA, "memo", null, null, Map.of());
        return bench.processes.start(SARA, "letter", null, null, Map.of());
    }

    @Test
    void itemsCarryTheirProcesssNameOrKeyAndStarter() {
        startLetter();
        bench.cartable.referRecord(SARA, "crm.letter", "5", "Answer the letter", new Referral("reza", null, null, null));

        List<WorkItem> items = bench.box(REZA, CartableBox.MINE);
        assertThat(items).extracting(WorkItem::processKey, WorkItem::processName, WorkItem::startedBy).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("memo", "memo", "sara"),
                org.assertj.core.groups.Tuple.tuple("letter", "letter process", "sara"),
                org.assertj.core.groups.Tuple.tuple(null, null, null));
        WorkItem letter = items.stream().filter(i -> "letter".equals(i.processKey())).findFirst().orElseThrow();
        assertThat(bench.cartable.get(REZA, letter.id()).processName()).isEqualTo("letter process");
    }

    @Test
    void theStarterReadsTheirOwnInstanceWithoutMonitoringOthersFindNothing() {
        ProcessInstance letter = startLetter();
        bench.guard.deny(WorkflowPermissions.PROCESS_MONITOR);

        assertThat(bench.processes.instance(SARA, letter.id()).history()).isNotEmpty();
        assertThatThrownBy(() -> bench.processes.instance(REZA, letter.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void withoutMonitoringReadingProcessesIsNeeded() {
        ProcessInstance letter = startLetter();
        bench.guard.deny(WorkflowPermissions.PROCESS_MONITOR).deny(WorkflowPermissions.PROCESS_READ);

        assertThatThrownBy(() -> bench.processes.instance(SARA, letter.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void executorsAreListedWithTheirLabelsOrTheirIds() {
        ServiceTaskExecutor describe = context -> Map.of();
        bench.executors.register(Map.of(ServiceTaskExecutor.PROPERTY, "accounts.describe", ServiceTaskExecutor.LABEL_FA, "شرح حساب",
                ServiceTaskExecutor.LABEL_EN, "Describe the account"), describe);
        bench.executors.register("sms.send", context -> Map.of());

        assertThat(bench.processes.executors(SARA)).containsExactly(
                new ExecutorSummary("accounts.describe", "شرح حساب", "Describe the account"),
                new ExecutorSummary("sms.send", "sms.send", "sms.send"));
        assertThat(bench.processes.executors(SARA).get(0).label(java.util.Locale.forLanguageTag("fa"))).isEqualTo("شرح حساب");

        bench.executors.unregister("accounts.describe", describe);
        assertThat(bench.processes.executors(SARA)).extracting(ExecutorSummary::id).containsExactly("sms.send");
    }
}
