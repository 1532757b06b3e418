package org.peyvand.ui.workflow.internal.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.workflow.InstanceQuery;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ProcessInstance;
import org.peyvand.platform.workflow.ProcessService;
import org.peyvand.platform.workflow.ProcessSummary;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Option;
import org.peyvand.ui.kit.OptionLookup;
import org.peyvand.ui.workflow.internal.Screens;
import org.peyvand.ui.workflow.internal.WorkflowServices;

import com.vaadin.data.provider.Query;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;

class MonitorScreenTest {
    private final UiContext context = Screens.context();
    private final WorkflowServices services = mock(WorkflowServices.class);
    private final ProcessService processes = mock(ProcessService.class);

    @Test
    void theFiltersMakeTheQuery() {
        when(services.processes()).thenReturn(processes);
        when(services.users(context)).thenReturn(mock(OptionLookup.class));
        when(processes.list(Screens.SARA)).thenReturn(List.of(new ProcessSummary("leave", "مرخصی", 2, "admin", Instant.EPOCH, true, List.of())));
        ProcessInstance stuck = new ProcessInstance(9, "leave", 2, "مرخصی", InstanceState.ACTIVE, null, null, "ali", Instant.EPOCH, null,
                List.of("Approve"), 1);
        when(processes.instances(eq(Screens.SARA), any(), any())).thenReturn(new Page<>(List.of(stuck), null));
        when(processes.count(eq(Screens.SARA), any())).thenReturn(1L);
        MonitorScreen screen = new MonitorScreen(context, services);
        Grid<ProcessInstance> grid = Screens.get(screen, "monitor-grid");
        assertThat(grid.getDataCommunicator().getDataProviderSize()).isEqualTo(1);
        verify(processes).count(Screens.SARA, InstanceQuery.all());

        ComboBox<Option> process = Screens.get(screen, "monitor-process");
        process.setValue(new Option("leave", "مرخصی"));
        Screens.<ComboBox<InstanceState>>get(screen, "monitor-state").setValue(InstanceState.ACTIVE);
        Screens.<ComboBox<Option>>get(screen, "monitor-started-by").setValue(new Option("ali", "علی"));
        Screens.<CheckBox>get(screen, "monitor-incidents").setValue(true);
        Screens.<Button>get(screen, "monitor-search").click();

        InstanceQuery wanted = new InstanceQuery("leave", InstanceState.ACTIVE, "ali", null, null, true);
        assertThat(grid.getDataCommunicator().getDataProviderSize()).isEqualTo(1);
        assertThat(grid.getDataProvider().fetch(new Query<>(0, 50, List.of(), null, null))).containsExactly(stuck);
        verify(processes).count(Screens.SARA, wanted);
        verify(processes).instances(eq(Screens.SARA), eq(wanted), any());
        assertThat(Screens.<Label>get(screen, "monitor-grid-total").getValue()).isEqualTo("workflow.ui.total");
        assertThat(grid.getColumn("incidents").getStyleGenerator().apply(stuck)).isEqualTo("crm-incident");
    }
}
