package org.peyvand.ui.workflow.internal.diagram;

import java.util.HashMap;
import java.util.Map;

import org.peyvand.platform.core.i18n.Messages;

/**
 * bpmn-js's own texts (palette, context pad, replace menu) in the user's language: bpmn-js asks
 * its translate service for each English text, which answers from the i18n files.
 */
final class BpmnTexts {
    /** bpmn-js's English text of each control the designer offers, with the key of its translation. */
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("Activate the hand tool", "workflow.ui.bpmn.handTool"),
            Map.entry("Activate the lasso tool", "workflow.ui.bpmn.lassoTool"),
            Map.entry("Activate the create/remove space tool", "workflow.ui.bpmn.spaceTool"),
            Map.entry("Activate the global connect tool", "workflow.ui.bpmn.connectTool"),
            Map.entry("Create StartEvent", "workflow.ui.bpmn.createStartEvent"),
            Map.entry("Create Intermediate/Boundary Event", "workflow.ui.bpmn.createIntermediateEvent"),
            Map.entry("Create EndEvent", "workflow.ui.bpmn.createEndEvent"),
            Map.entry("Create Gateway", "workflow.ui.bpmn.createGateway"),
            Map.entry("Create Task", "workflow.ui.bpmn.createTask"),
            Map.entry("Create expanded SubProcess", "workflow.ui.bpmn.createSubProcess"),
            Map.entry("Create DataObjectReference", "workflow.ui.bpmn.createDataObject"),
            Map.entry("Create DataStoreReference", "workflow.ui.bpmn.createDataStore"),
            Map.entry("Create Pool/Participant", "workflow.ui.bpmn.createPool"),
            Map.entry("Create Group", "workflow.ui.bpmn.createGroup"),
            Map.entry("Append EndEvent", "workflow.ui.bpmn.appendEndEvent"),
            Map.entry("Append Gateway", "workflow.ui.bpmn.appendGateway"),
            Map.entry("Append Task", "workflow.ui.bpmn.appendTask"),
            Map.entry("Append Intermediate/Boundary Event", "workflow.ui.bpmn.appendIntermediateEvent"),
            Map.entry("Append TimerIntermediateCatchEvent", "workflow.ui.bpmn.appendTimer"),
            Map.entry("Change type", "workflow.ui.bpmn.changeType"),
            Map.entry("Remove", "workflow.ui.bpmn.remove"),
            Map.entry("Connect using Sequence/MessageFlow or Association", "workflow.ui.bpmn.connect"),
            Map.entry("Task", "workflow.ui.bpmn.task"),
            Map.entry("User Task", "workflow.ui.bpmn.userTask"),
            Map.entry("Service Task", "workflow.ui.bpmn.serviceTask"),
            Map.entry("Manual Task", "workflow.ui.bpmn.manualTask"),
            Map.entry("Business Rule Task", "workflow.ui.bpmn.businessRuleTask"),
            Map.entry("Call Activity", "workflow.ui.bpmn.callActivity"),
            Map.entry("Sub Process (collapsed)", "workflow.ui.bpmn.subProcessCollapsed"),
            Map.entry("Sub Process (expanded)", "workflow.ui.bpmn.subProcessExpanded"),
            Map.entry("Start Event", "workflow.ui.bpmn.startEvent"),
            Map.entry("Timer Start Event", "workflow.ui.bpmn.timerStartEvent"),
            Map.entry("Message Start Event", "workflow.ui.bpmn.messageStartEvent"),
            Map.entry("End Event", "workflow.ui.bpmn.endEvent"),
            Map.entry("Terminate End Event", "workflow.ui.bpmn.terminateEndEvent"),
            Map.entry("Timer Intermediate Catch Event", "workflow.ui.bpmn.timerCatchEvent"),
            Map.entry("Timer Boundary Event", "workflow.ui.bpmn.timerBoundaryEvent"),
            Map.entry("Timer Boundary Event (non-interrupting)", "workflow.ui.bpmn.timerBoundaryEventNonInterrupting"),
            Map.entry("Exclusive Gateway", "workflow.ui.bpmn.exclusiveGateway"),
            Map.entry("Parallel Gateway", "workflow.ui.bpmn.parallelGateway"));

    private BpmnTexts() {
    }

    /** bpmn-js's English texts with their translations in the language of {@code messages}. */
    static Map<String, String> in(Messages messages) {
        Map<String, String> texts = new HashMap<>();
        KEYS.forEach((english, key) -> texts.put(english, messages.get(key)));
        return texts;
    }
}
