package org.peyvand.ui.workflow.internal.monitor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peyvand.platform.workflow.HistoryStep;
import org.peyvand.platform.workflow.InstanceDetail;
import org.peyvand.ui.workflow.internal.diagram.BpmnDiagram;

/** Which elements of an instance's diagram show as where it waits now and which as passed. */
final class InstanceMarkers {

    private InstanceMarkers() {
    }

    static Map<String, List<String>> of(InstanceDetail detail) {
        List<String> active = detail.instance().activeElements();
        Set<String> done = new LinkedHashSet<>();
        for (HistoryStep step : detail.history()) {
            // an element in the history was reached; unless the instance waits there now, it is behind it
            if (step.elementId() != null && !active.contains(step.elementId())) {
                done.add(step.elementId());
            }
        }
        return Map.of(BpmnDiagram.ACTIVE, active, BpmnDiagram.DONE, List.copyOf(done));
    }
}
