package org.peyvand.ui.workflow.internal.cartable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.ProcessService;
import org.peyvand.platform.workflow.SlaState;
import org.peyvand.platform.workflow.TrailStep;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkItemKind;
import org.peyvand.platform.workflow.WorkItemState;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.workflow.internal.Screens;
import org.peyvand.ui.workflow.internal.WorkflowServices;

import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;

class WorkItemWindowTest {
    private static final Instant CREATED = Instant.parse("2025-03-21T06:00:00Z");

    private final UiContext context = Screens.context();
    private final WorkflowServices services = mock(WorkflowServices.class);
    private final CartableService cartable = mock(CartableService.class);
    private int changes;

    private static WorkItem item(String assignee, WorkItemState state, SlaState sla, String referredBy) {
        return new WorkItem(41, WorkItemKind.TASK, "تأیید مرخصی", 7L, "leave", "مرخصی", "ali", "Approve", null, assignee, assignee == null ? 3L : null, null,
                null, null, state, CREATED, CREATED.plusSeconds(86_400), sla, referredBy, null, 1);
    }

    @BeforeEach
    void services() {
        when(services.cartable()).thenReturn(cartable);
        when(cartable.trail(Screens.SARA, 41)).thenReturn(List.of(new TrailStep(1, 41, "created", "system", "sara", null, null, CREATED)));
    }

    private WorkItemWindow open(WorkItem item) {
        return new WorkItemWindow(context, services, item, unit -> "فروش", () -> changes++);
    }

    @Test
    void theHolderCompletesTheItemWithAComment() {
        WorkItem mine = item("sara", WorkItemState.OPEN, SlaState.ON_TIME, null);
        when(cartable.complete(Screens.SARA, 41, Map.of(), "موافقم")).thenReturn(item("sara", WorkItemState.COMPLETED, SlaState.MET, null));
        WorkItemWindow window = open(mine);

        Screens.<TextArea>get(window, "work-item-comment").setValue(" موافقم ");
        Screens.<Button>get(window, "work-item-complete").click();

        verify(cartable).complete(Screens.SARA, 41, Map.of(), "موافقم");
        verify(context).showSuccess("workflow.ui.item.completed");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void whoeverCompletesSecondIsToldWhyAndSeesTheItemClosed() {
        WorkItem mine = item("sara", WorkItemState.OPEN, SlaState.ON_TIME, null);
        ConflictException lost = new ConflictException("workflow.error.itemClosed", List.of(), 41L, "ali");
        when(cartable.complete(eq(Screens.SARA), eq(41L), any(), any())).thenThrow(lost);
        when(cartable.get(Screens.SARA, 41)).thenReturn(item("sara", WorkItemState.COMPLETED, SlaState.MET, null));
        WorkItemWindow window = open(mine);

        Screens.<Button>get(window, "work-item-complete").click();

        verify(context).showError(lost);
        assertThat(Screens.find(window, "work-item-complete")).as("nothing left to complete").isEmpty();
        assertThat(Screens.find(window, "work-item-refer")).isEmpty();
    }

    @Test
    void anOfferedItemIsClaimedBeforeAnythingElse() {
        WorkItem offered = item(null, WorkItemState.OPEN, SlaState.NONE, null);
        when(cartable.claim(Screens.SARA, 41)).thenReturn(item("sara", WorkItemState.OPEN, SlaState.NONE, null));
        WorkItemWindow window = open(offered);
        assertThat(Screens.find(window, "work-item-complete")).isEmpty();
        assertThat(Screens.find(window, "work-item-refer")).isEmpty();

        Screens.<Button>get(window, "work-item-claim").click();

        assertThat(Screens.find(window, "work-item-complete")).isPresent();
        assertThat(Screens.find(window, "work-item-refer")).isPresent();
        assertThat(Screens.find(window, "work-item-claim")).isEmpty();
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void givingBackIsOfferedOnlyForAReferredItemAndThePausedClockResumes() {
        WorkItem referred = item("sara", WorkItemState.OPEN, SlaState.PAUSED, "ali");
        when(cartable.resumeSla(Screens.SARA, 41)).thenReturn(item("sara", WorkItemState.OPEN, SlaState.ON_TIME, "ali"));
        WorkItemWindow window = open(referred);
        assertThat(Screens.find(window, "work-item-giveBack")).isPresent();
        assertThat(Screens.find(window, "work-item-pause")).isEmpty();

        Screens.<Button>get(window, "work-item-resume").click();

        verify(cartable).resumeSla(Screens.SARA, 41);
        assertThat(Screens.find(window, "work-item-pause")).isPresent();
        WorkItemWindow notReferred = open(item("sara", WorkItemState.OPEN, SlaState.ON_TIME, null));
        assertThat(Screens.find(notReferred, "work-item-giveBack")).isEmpty();
    }

    @Test
    void anItemHeldBySomeoneElseOffersNoAction() {
        WorkItemWindow window = open(item("ali", WorkItemState.OPEN, SlaState.ON_TIME, null));

        assertThat(Screens.find(window, "work-item-complete")).isEmpty();
        assertThat(Screens.find(window, "work-item-claim")).isEmpty();
        assertThat(Screens.find(window, "work-item-trail")).as("the trail shows to everyone involved").isPresent();
    }

    @Test
    void theInstanceOpensFromTheItemForItsStarterAndForMonitorsOnly() {
        ProcessService processes = mock(ProcessService.class);
        when(services.processes()).thenReturn(processes);
        when(services.allows(context, WorkflowPermissions.PROCESS_READ)).thenReturn(true);
        WorkItem startedByAli = item("sara", WorkItemState.OPEN, SlaState.ON_TIME, null);
        WorkItemWindow notMine = open(startedByAli);
        assertThat(Screens.find(notMine, "work-item-instance")).isEmpty();
        assertThat(Screens.<Label>get(notMine, "work-item-detail-process").getValue()).isEqualTo("workflow.ui.item.instance");
        verify(context.messages()).get("workflow.ui.item.instance", "مرخصی", "۷");

        NotFoundException gone = new NotFoundException("workflow.error.instanceNotFound", 7L);
        when(processes.instance(Screens.SARA, 7)).thenThrow(gone);
        WorkItem startedBySara = new WorkItem(41, WorkItemKind.TASK, "تأیید مرخصی", 7L, "leave", "مرخصی", "sara", "Approve", null, "sara",
                null, null, null, null, WorkItemState.OPEN, CREATED, null, SlaState.NONE, null, null, 1);
        Screens.<Button>get(open(startedBySara), "work-item-instance").click();
        verify(context).showError(gone);

        when(services.allows(context, WorkflowPermissions.PROCESS_MONITOR)).thenReturn(true);
        assertThat(Screens.find(open(startedByAli), "work-item-instance")).isPresent();
    }
}
