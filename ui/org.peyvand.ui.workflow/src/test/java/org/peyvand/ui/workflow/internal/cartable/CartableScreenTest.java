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
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
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

import com.vaadin.data.provider.Query;
import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;

class CartableScreenTest {
    private final UiContext context = Screens.context();
    private final WorkflowServices services = mock(WorkflowServices.class);
    private final CartableService cartable = mock(CartableService.class);

    private static WorkItem item(long id, SlaState sla) {
        return new WorkItem(id, WorkItemKind.TASK, "کار " + id, 7L, "leave", "مرخصی", "ali", "Approve", null, "sara", null, null, null, null,
                WorkItemState.OPEN, Instant.EPOCH, Instant.EPOCH.plusSeconds(3600), sla, null, null, 0);
    }

    @Test
    void eachBoxIsReadAsItScrollsWithItsTotalAndTheOpenCount() {
        when(services.cartable()).thenReturn(cartable);
        when(cartable.openCount(Screens.SARA)).thenReturn(3);
        when(cartable.count(Screens.SARA, CartableBox.MINE)).thenReturn(101L);
        when(cartable.cartable(eq(Screens.SARA), eq(CartableBox.MINE), eq(new PageRequest(null, 100, "dueAt", false))))
                .thenReturn(new Page<>(LongStream.rangeClosed(1, 100).mapToObj(id -> item(id, SlaState.ON_TIME)).toList(), "c1"));
        when(cartable.cartable(eq(Screens.SARA), eq(CartableBox.MINE), eq(new PageRequest("c1", 100, "dueAt", false))))
                .thenReturn(new Page<>(List.of(item(101, SlaState.PAUSED)), null));
        when(cartable.cartable(eq(Screens.SARA), eq(CartableBox.TO_CLAIM), any())).thenReturn(new Page<>(List.of(), null));
        CartableScreen screen = new CartableScreen(context, services);
        screen.enter(new ViewChangeEvent(mock(Navigator.class), null, screen, "cartable", ""));

        assertThat(Screens.<Label>get(screen, "cartable-open-count").getValue()).isEqualTo("workflow.ui.openCount");
        Grid<WorkItem> mine = Screens.get(screen, "cartable-grid-MINE");
        assertThat(mine.getDataCommunicator().getDataProviderSize()).isEqualTo(101);
        verify(context.messages(), atLeastOnce()).get("workflow.ui.total", "۱۰۱");
        assertThat(Screens.<Label>get(screen, "cartable-grid-MINE-total").getValue()).isEqualTo("workflow.ui.total");
        // across the end of the first page: the next is read from its cursor
        assertThat(mine.getDataProvider().fetch(new Query<>(98, 3, List.of(), null, null))).extracting(WorkItem::id)
                .containsExactly(99L, 100L, 101L);
        assertThat(mine.getColumn("process").getValueProvider().apply(item(1, SlaState.NONE))).isEqualTo("مرخصی");
        assertThat(mine.getStyleGenerator().apply(item(1, SlaState.OVERDUE))).isEqualTo("crm-sla-overdue");

        TabSheet boxes = Screens.get(screen, "cartable-boxes");
        Grid<WorkItem> toClaim = Screens.get(screen, "cartable-grid-TO_CLAIM");
        boxes.setSelectedTab(toClaim.getParent());
        assertThat(toClaim.getDataCommunicator().getDataProviderSize()).isZero();
        verify(cartable, atLeastOnce()).count(Screens.SARA, CartableBox.TO_CLAIM);
    }
}
