package org.peyvand.ui.workflow.internal.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.workflow.HistoryStep;
import org.peyvand.platform.workflow.InstanceDetail;
import org.peyvand.platform.workflow.InstanceState;
import org.peyvand.platform.workflow.ProcessInstance;

class InstanceMarkersTest {
    private static final Instant AT = Instant.parse("2025-03-21T06:00:00Z");

    private static HistoryStep step(String element, String event) {
        return new HistoryStep(1, element, element, event, "system", AT, null, Map.of());
    }

    @Test
    void theInstanceWaitsAtItsActiveElementsAndHasPassedWhatItCompleted() {
        ProcessInstance instance = new ProcessInstance(7, "leave", 2, "مرخصی", InstanceState.ACTIVE, null, null, "sara", AT, null,
                List.of("Approve"), 0);
        InstanceDetail detail = new InstanceDetail(instance, Map.of(), List.of(step(null, "started"), step("Start", "entered"),
                step("Review", "entered"), step("Review", "completed"), step("Gateway", "passed"), step("Approve", "entered"),
                step("Approve", "failed")), List.of());

        Map<String, List<String>> markers = InstanceMarkers.of(detail);

        assertThat(markers.get("crm-active")).containsExactly("Approve");
        assertThat(markers.get("crm-done")).containsExactly("Start", "Review", "Gateway");
    }

    @Test
    void anElementPassedBeforeAndWaitedAtAgainShowsAsActive() {
        ProcessInstance instance = new ProcessInstance(8, "loop", 1, null, InstanceState.ACTIVE, null, null, "sara", AT, null,
                List.of("Review"), 0);
        InstanceDetail detail = new InstanceDetail(instance, Map.of(), List.of(step("Review", "completed"), step("Review", "entered")), List.of());

        assertThat(InstanceMarkers.of(detail).get("crm-done")).isEmpty();
    }
}
