package org.peyvand.ui.workflow.internal.cartable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.Referral;
import org.peyvand.platform.workflow.SlaState;
import org.peyvand.platform.workflow.TrailStep;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkItemKind;
import org.peyvand.platform.workflow.WorkItemState;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.OptionLookup;
import org.peyvand.ui.workflow.internal.Screens;
import org.peyvand.ui.workflow.internal.WorkflowServices;

import com.vaadin.server.VaadinRequest;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.UI;
import com.vaadin.ui.Window;

class RecordReferralsTest {
    private static final Instant CREATED = Instant.parse("2026-11-21T06:00:00Z");
    private static final RecordRef ACCOUNT = new RecordRef("accounts.account", "42", "پتروشیمی مارون");

    private final UiContext context = Screens.context();
    private final WorkflowServices services = mock(WorkflowServices.class);
    private final CartableService cartable = mock(CartableService.class);
    private final UI ui = new UI() {
        private static final long serialVersionUID = 1L;

        @Override
        protected void init(VaadinRequest request) {
        }
    };

    private static WorkItem referral(long id, String assignee, WorkItemState state) {
        return new WorkItem(id, WorkItemKind.REFERRAL, "پتروشیمی مارون", null, null, null, null, null, null, assignee, null, null,
                "accounts.account", "42", state, CREATED, null, SlaState.NONE, "sara", null, 1);
    }

    @BeforeEach
    void services() {
        UI.setCurrent(ui);
        when(services.cartable()).thenReturn(cartable);
        when(services.users(any())).thenReturn(mock(OptionLookup.class));
        when(services.units(any())).thenReturn(mock(OptionLookup.class));
    }

    @AfterEach
    void leave() {
        UI.setCurrent(null);
    }

    @Test
    void theRecordsItemsShowWithTheTrailOfTheNewest() {
        when(cartable.itemsOf(Screens.SARA, "accounts.account", "42"))
                .thenReturn(List.of(referral(9, "reza", WorkItemState.OPEN), referral(4, "ali", WorkItemState.COMPLETED)));
        when(cartable.trail(Screens.SARA, 9)).thenReturn(List.of(new TrailStep(1, 9, "referred", "sara", "reza", null, "لطفاً تماس بگیرید", CREATED)));

        RecordReferrals tab = new RecordReferrals(context, services, ACCOUNT);

        assertThat(tab.getCaption()).isEqualTo("workflow.ui.record.tab");
        Grid<WorkItem> items = Screens.get(tab, "record-items");
        assertThat(items.asSingleSelect().getValue().id()).isEqualTo(9);
        Grid<TrailStep> trail = Screens.get(tab, "record-item-trail");
        assertThat(trail.getDataCommunicator().getDataProviderSize()).isEqualTo(1);
    }

    @Test
    void referringTheRecordCreatesAnItemNamedAfterIt() {
        WorkItem created = referral(10, "reza", WorkItemState.OPEN);
        when(cartable.itemsOf(Screens.SARA, "accounts.account", "42")).thenReturn(List.of()).thenReturn(List.of(created));
        when(cartable.referRecord(eq(Screens.SARA), eq("accounts.account"), eq("42"), eq("پتروشیمی مارون"), any())).thenReturn(created);
        RecordReferrals tab = new RecordReferrals(context, services, ACCOUNT);

        Screens.<Button>get(tab, "record-refer").click();
        Window dialog = ui.getWindows().iterator().next();
        Screens.<Button>get(dialog, "referral-confirm").click();

        verify(cartable).referRecord(eq(Screens.SARA), eq("accounts.account"), eq("42"), eq("پتروشیمی مارون"), any(Referral.class));
        assertThat(ui.getWindows()).isEmpty();
        verify(context).showSuccess("workflow.ui.record.referred");
        assertThat(Screens.<Grid<WorkItem>>get(tab, "record-items").asSingleSelect().getValue().id()).isEqualTo(10);
    }

    @Test
    void aRefusalShowsOnTheFieldItNamesAndTheDialogStays() {
        when(cartable.itemsOf(Screens.SARA, "accounts.account", "42")).thenReturn(List.of());
        when(cartable.referRecord(any(), any(), any(), any(), any())).thenThrow(ValidationException.of("dueAt", "workflow.error.dueInPast"));
        RecordReferrals tab = new RecordReferrals(context, services, ACCOUNT);

        Screens.<Button>get(tab, "record-refer").click();
        Window dialog = ui.getWindows().iterator().next();
        Screens.<Button>get(dialog, "referral-confirm").click();

        assertThat(ui.getWindows()).containsExactly(dialog);
        assertThat(Screens.<com.vaadin.ui.AbstractComponent>get(dialog, "field-dueAt").getComponentError()).isNotNull();
    }
}
