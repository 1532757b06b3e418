package org.peyvand.ui.workflow.internal.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.workflow.ProcessService;
import org.peyvand.platform.workflow.ProcessSummary;
import org.peyvand.platform.workflow.WorkflowPermissions;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.OptionLookup;
import org.peyvand.ui.workflow.internal.Screens;
import org.peyvand.ui.workflow.internal.WorkflowServices;

import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;

class ProcessesScreenTest {
    private static final ProcessSummary LEAVE = new ProcessSummary("leave", "مرخصی", 3, "admin", Instant.EPOCH, true, List.of());
    private static final ProcessSummary NOTIFY = new ProcessSummary("notify", null, 1, "admin", Instant.EPOCH, false, List.of("sms.send"));

    private final UiContext context = Screens.context();
    private final WorkflowServices services = mock(WorkflowServices.class);
    private final ProcessService processes = mock(ProcessService.class);

    @BeforeEach
    void services() {
        when(services.processes()).thenReturn(processes);
        when(services.users(context)).thenReturn(mock(OptionLookup.class));
        when(services.units(context)).thenReturn(mock(OptionLookup.class));
        when(processes.list(Screens.SARA)).thenReturn(List.of(LEAVE, NOTIFY));
    }

    private void enter(ProcessesScreen screen, String parameters) {
        screen.enter(new ViewChangeEvent(mock(Navigator.class), null, screen, ProcessesView.ID, parameters));
    }

    @Test
    void theListShowsUnavailableExecutorsAndStartsOnlyWhatHasAPlainStart() {
        when(services.allows(context, WorkflowPermissions.PROCESS_START)).thenReturn(true);
        ProcessesScreen screen = new ProcessesScreen(context, services);
        enter(screen, "");

        Grid<ProcessSummary> grid = Screens.get(screen, "processes-grid");
        assertThat(grid.getColumn("unavailable").getStyleGenerator().apply(NOTIFY)).isEqualTo("crm-unavailable");
        assertThat(grid.getColumn("unavailable").getStyleGenerator().apply(LEAVE)).isNull();
        assertThat(Screens.find(screen, "processes-new")).as("only for who may deploy").isEmpty();
        Button start = Screens.get(screen, "processes-start");
        grid.select(NOTIFY);
        assertThat(start.isEnabled()).isFalse();
        grid.select(LEAVE);
        assertThat(start.isEnabled()).isTrue();
    }

    @Test
    void aProcessKeyInTheAddressOpensItsNewestVersionInTheDesigner() {
        when(processes.xml(Screens.SARA, "leave", 3)).thenReturn("<definitions/>");
        ProcessesScreen screen = new ProcessesScreen(context, services);
        enter(screen, "leave");

        assertThat(Screens.find(screen, "process-designer")).isPresent();
        assertThat(Screens.find(screen, "designer-deploy")).as("only for who may deploy").isEmpty();
    }

    @Test
    void aNewProcessNeedsTheRightToDeploy() {
        ProcessesScreen refused = new ProcessesScreen(context, services);
        enter(refused, "new");
        assertThat(Screens.find(refused, "process-designer")).isEmpty();

        when(services.allows(context, WorkflowPermissions.PROCESS_DEPLOY)).thenReturn(true);
        ProcessesScreen allowed = new ProcessesScreen(context, services);
        enter(allowed, "new");
        assertThat(Screens.find(allowed, "process-designer")).isPresent();
        assertThat(Screens.find(allowed, "designer-deploy")).isPresent();
    }
}
