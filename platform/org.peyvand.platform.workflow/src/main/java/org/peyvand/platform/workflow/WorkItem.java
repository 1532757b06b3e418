package org.peyvand.platform.workflow;

import java.time.Instant;

/**
 * An item of the cartable: a user task waiting in a process, or a record referred by hand.
 *
 * @param instanceId    the process instance of a task; null for a referral
 * @param processName   the name of the task's process in its diagram, or its key when it has none; null for a referral
 * @param startedBy     who started the task's process instance; null for a referral
 * @param elementId     the user task's id in its diagram; null for a referral
 * @param formKey       the form to complete the task with, if any
 * @param assignee      who holds it now; null while it waits to be claimed
 * @param candidateUnit the org unit whose members may claim it
 * @param candidateRole the role whose holders may claim it
 * @param referredBy    who referred it to its holder, if anyone did
 * @param comment       the referrer's words
 * @param version       for optimistic locking
 */
public record WorkItem(long id, WorkItemKind kind, String name, Long instanceId, String processKey, String processName, String startedBy,
        String elementId, String formKey, String assignee, Long candidateUnit, String candidateRole, String recordType, String recordId,
        WorkItemState state, Instant createdAt, Instant dueAt, SlaState sla, String referredBy, String comment, long version) {
}
