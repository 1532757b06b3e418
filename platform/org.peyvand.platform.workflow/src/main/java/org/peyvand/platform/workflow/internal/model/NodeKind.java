package org.peyvand.platform.workflow.internal.model;

/** The BPMN elements the engine runs. */
public enum NodeKind {
    START, END, TERMINATE_END, USER_TASK, SERVICE_TASK, RULE_TASK, TASK, EXCLUSIVE, PARALLEL, TIMER_CATCH, BOUNDARY_TIMER,
    SUB_PROCESS, CALL_ACTIVITY;

    /** Whether a token stays here until something outside the engine's current step moves it on. */
    public boolean waits() {
        return switch (this) {
            case USER_TASK, SERVICE_TASK, TIMER_CATCH, SUB_PROCESS, CALL_ACTIVITY -> true;
            default -> false;
        };
    }
}
