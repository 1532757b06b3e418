package org.peyvand.platform.workflow;

/** How an open item stands against its due date, for colouring the cartable. */
public enum SlaState {
    /** No due date. */
    NONE,
    ON_TIME,
    /** Past its warning time, before its due date. */
    WARNING,
    OVERDUE,
    /** The clock is stopped, for instance while waiting for the customer. */
    PAUSED,
    /** Closed by its due date. */
    MET,
    /** Closed after its due date. */
    BREACHED
}
