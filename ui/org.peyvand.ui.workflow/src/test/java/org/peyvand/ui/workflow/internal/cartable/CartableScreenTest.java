package org.peyvand.ui.workflow.internal.cartable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.SlaState;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkItemKind;
import org.peyvand.platform.workflow.WorkItemState;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.workflow.internal.Screens;
import org.peyvand.ui.workflow.internal.WorkflowServices;

import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;

class CartableScreenTest {
    private final UiContext context = Screens.context();
    private final WorkflowServices services = mock(WorkflowServices.class);
    private final CartableService cartable = mock(CartableService.class);

    private static WorkItem item(long id, SlaState sla) {
        return new WorkItem(id, WorkItemKind.TASK, "کار " + id, 7L, "leave", "Approve", null, "sara", null, null, null, null,
                WorkItemState.OPEN, Instant.EPOCH, Instant.EPOCH.plusSeconds(3600), sla, null, null, 0);
    }

    @Test
    void eachBoxIsReadWhenShownPageByPageWithTheOpenCount() {
        when(services.cartable()).thenReturn(cartable);
        when(cartable.openCount(Screens.SARA)).thenReturn(3);
        when(cartable.cartable(eq(Screens.SARA), eq(CartableBox.MINE), any()))
                .thenReturn(new Page<>(List.of(item(1, SlaState.OVERDUE), item(2, SlaState.ON_TIME)), "c1"));
        when(cartable.cartable(eq(Screens.SARA), eq(CartableBox.MINE), eq(new PageRequest("c1", 50, "dueAt", false))))
                .thenReturn(new Page<>(List.of(item(3, SlaState.PAUSED)), null));
        when(cartable.cartable(eq(Screens.SARA), eq(CartableBox.TO_CLAIM), any())).thenReturn(new Page<>(List.of(), null));
        CartableScreen screen = new CartableScreen(context, services);
        screen.enter(new ViewChangeEvent(mock(Navigator.class), null, screen, "cartable", ""));

        assertThat(Screens.<Label>get(screen, "cartable-open-count").getValue()).isEqualTo("workflow.ui.openCount");
        Grid<WorkItem> mine = Screens.get(screen, "cartable-grid-MINE");
        assertThat(mine.getDataCommunicator().getDataProviderSize()).isEqualTo(2);
        assertThat(mine.getStyleGenerator().apply(item(1, SlaState.OVERDUE))).isEqualTo("crm-sla-overdue");
        Button more = Screens.get(screen, "cartable-grid-MINE-more");
        assertThat(more.isVisible()).isTrue();

        more.click();
        assertThat(mine.getDataCommunicator().getDataProviderSize()).isEqualTo(3);
        assertThat(more.isVisible()).as("the last page").isFalse();

        TabSheet boxes = Screens.get(screen, "cartable-boxes");
        boxes.setSelectedTab(Screens.<Grid<WorkItem>>get(screen, "cartable-grid-TO_CLAIM").getParent());
        ArgumentCaptor<PageRequest> first = ArgumentCaptor.forClass(PageRequest.class);
        verify(cartable, atLeastOnce()).cartable(eq(Screens.SARA), eq(CartableBox.TO_CLAIM), first.capture());
        assertThat(first.getValue().cursor()).isNull();
    }
}
