package org.peyvand.platform.workflow;

/** Open items wait in a cartable; the others are history. */
public enum WorkItemState {
    OPEN, COMPLETED, CANCELLED
}
