package org.peyvand.ui.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FileService;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.platform.security.Role;
import org.peyvand.platform.security.RoleService;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.ExecutorSummary;
import org.peyvand.platform.workflow.ProcessService;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.Option;

/** The designer's choices: executors and roles as the services give them, labelled in the user's language. */
class WorkflowServicesTest {
    private final UiContext context = Screens.context();
    private final ProcessService processes = mock(ProcessService.class);
    private final AccessGuard guard = mock(AccessGuard.class);
    private final RoleService roles = mock(RoleService.class);
    private final WorkflowServices services = new WorkflowServices(processes, mock(CartableService.class), mock(CustomFields.class),
            mock(RecordLookups.class), mock(FileService.class), guard, roles);

    @Test
    void executorsAreOfferedByTheirLabelsWithTheirIds() {
        when(processes.executors(Screens.SARA)).thenReturn(List.of(new ExecutorSummary("accounts.describe", "خواندن حساب", "Read the account"),
                new ExecutorSummary("sms.send", "sms.send", "sms.send")));

        assertThat(services.executors(context)).containsExactly(new Option("accounts.describe", "خواندن حساب (accounts.describe)"),
                new Option("sms.send", "sms.send"));
    }

    @Test
    void rolesAreOfferedToThoseWhoMayReadThem() {
        assertThat(services.roles(context)).isEmpty();
        verifyNoInteractions(roles);

        when(guard.allows(Screens.SARA, KernelPermissions.ROLE_READ)).thenReturn(true);
        when(roles.list(Screens.SARA)).thenReturn(List.of(new Role("sales-manager", "مدیر فروش", "Sales manager", false, false, Set.of(),
                Map.of(), List.of(), 0)));
        assertThat(services.roles(context)).containsExactly(new Option("sales-manager", "مدیر فروش (sales-manager)"));
    }
}
