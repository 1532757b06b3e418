package org.peyvand.ui.workflow.internal.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;

class DeployRefusalTest {
    private final Messages messages = mock(Messages.class);
    private final Map<String, String> names = Map.of("Task_1", "بررسی", "Flow_2", "", "Process_1", "مرخصی");

    @BeforeEach
    void texts() {
        when(messages.get(anyString(), any(Object[].class))).thenAnswer(call -> {
            Object[] all = call.getArguments();
            StringBuilder text = new StringBuilder(String.valueOf(all[0]));
            for (int i = 1; i < all.length; i++) {
                text.append('|').append(all[i]);
            }
            return text.toString();
        });
    }

    @Test
    void aReasonAboutAnElementNamesItAndMarksIt() {
        ValidationException refused = new ValidationException(List.of(FieldError.of("bpmn.Task_1", "workflow.error.noExecutor", "sms.send")));

        DeployRefusal refusal = DeployRefusal.of(refused, names, messages);

        assertThat(refusal.elements()).containsExactly("Task_1");
        assertThat(refusal.lines()).containsExactly("workflow.ui.deploy.elementError|«بررسی» (Task_1)|workflow.error.noExecutor|sms.send");
    }

    @Test
    void everyElementNamedIsMarkedOnceAnIdWithADotIncluded() {
        Map<String, String> named = Map.of("Flow_2", "", "platform.approval", "تأیید");
        ValidationException refused = new ValidationException(List.of(FieldError.of("bpmn.Flow_2", "workflow.error.condition"),
                FieldError.of("bpmn.platform.approval", "workflow.error.unsupported", "process", "platform.approval"),
                FieldError.of("bpmn.Flow_2", "workflow.error.bpmn.expression", "Flow_2", "x >")));

        DeployRefusal refusal = DeployRefusal.of(refused, named, messages);

        assertThat(refusal.elements()).containsExactly("Flow_2", "platform.approval");
        assertThat(refusal.lines()).hasSize(3);
        assertThat(refusal.lines().get(0)).startsWith("workflow.ui.deploy.elementError|Flow_2|");
    }

    @Test
    void aReasonAboutNoElementIsShownAsItIs() {
        ValidationException refused = new ValidationException(List.of(FieldError.of("bpmn", "workflow.error.unreadable")));

        DeployRefusal refusal = DeployRefusal.of(refused, names, messages);

        assertThat(refusal.elements()).isEmpty();
        assertThat(refusal.lines()).containsExactly("workflow.error.unreadable");
    }

    @Test
    void otherRefusalsAreDescribed() {
        ConflictException conflict = new ConflictException("workflow.error.busy", List.of());
        when(messages.describe(conflict)).thenReturn("busy");

        assertThat(DeployRefusal.of(conflict, names, messages)).isEqualTo(new DeployRefusal(List.of("busy"), List.of()));
    }
}
