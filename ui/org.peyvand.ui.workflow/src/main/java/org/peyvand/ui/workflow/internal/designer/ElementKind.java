package org.peyvand.ui.workflow.internal.designer;

import org.peyvand.ui.workflow.internal.diagram.DiagramElement;

/** The kinds of diagram element whose properties the designer's panel edits beyond their name. */
enum ElementKind {
    PROCESS, USER_TASK, SERVICE_TASK, SEQUENCE_FLOW, TIMER_EVENT, OTHER;

    static ElementKind of(DiagramElement element) {
        if ("bpmn:TimerEventDefinition".equals(element.eventType())) {
            return TIMER_EVENT;
        }
        return switch (element.type()) {
        case "bpmn:Process" -> PROCESS;
        case "bpmn:UserTask" -> USER_TASK;
        case "bpmn:ServiceTask" -> SERVICE_TASK;
        case "bpmn:SequenceFlow" -> SEQUENCE_FLOW;
        default -> OTHER;
        };
    }
}
