package org.peyvand.platform.workflow;

/** A user task of a process, or a referral of a record made by hand. */
public enum WorkItemKind {
    TASK, REFERRAL
}
