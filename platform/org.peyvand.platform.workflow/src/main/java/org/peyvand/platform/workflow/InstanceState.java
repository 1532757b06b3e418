package org.peyvand.platform.workflow;

/** Where a process instance stands. */
public enum InstanceState {
    ACTIVE, SUSPENDED, COMPLETED, CANCELLED
}
