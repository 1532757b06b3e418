package org.peyvand.ui.workflow.internal.cartable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.workflow.CartableBox;
import org.peyvand.platform.workflow.SlaState;
import org.peyvand.platform.workflow.WorkItem;
import org.peyvand.platform.workflow.WorkItemKind;
import org.peyvand.platform.workflow.WorkItemState;

class WorkItemTextTest {
    private final Messages messages = mock(Messages.class);

    private static WorkItem item(String assignee, Long unit, String role, String referredBy) {
        return new WorkItem(1, WorkItemKind.TASK, "بررسی", 5L, "leave", "مرخصی", "ali", "Review", null, assignee, unit, role, null, null,
                WorkItemState.OPEN, Instant.EPOCH, null, SlaState.NONE, referredBy, null, 0);
    }

    @Test
    void theSentBoxShowsWhoHoldsTheItemTheOthersWhoSentIt() {
        when(messages.get(anyString(), any(Object[].class))).thenAnswer(call -> call.getArgument(0) + ":" + call.getArgument(1));

        assertThat(WorkItemText.holder(item("ali", null, null, "sara"), CartableBox.SENT, messages, id -> "unit")).isEqualTo("ali");
        assertThat(WorkItemText.holder(item("ali", null, null, "sara"), CartableBox.MINE, messages, id -> "unit")).isEqualTo("sara");
        assertThat(WorkItemText.holder(item(null, 12L, null, null), CartableBox.SENT, messages, id -> "فروش " + id))
                .isEqualTo("workflow.ui.item.unit:فروش 12");
        assertThat(WorkItemText.holder(item(null, null, null, null), CartableBox.TO_CLAIM, messages, id -> "unit")).isEmpty();
    }

    @Test
    void slaStatesColourRows() {
        assertThat(SlaStyle.of(SlaState.OVERDUE)).isEqualTo("crm-sla-overdue");
        assertThat(SlaStyle.of(SlaState.BREACHED)).isEqualTo("crm-sla-overdue");
        assertThat(SlaStyle.of(SlaState.WARNING)).isEqualTo("crm-sla-warning");
        assertThat(SlaStyle.of(SlaState.PAUSED)).isEqualTo("crm-sla-paused");
        assertThat(SlaStyle.of(SlaState.ON_TIME)).isEqualTo("crm-sla-on-time");
        assertThat(SlaStyle.of(SlaState.NONE)).isNull();
    }
}
