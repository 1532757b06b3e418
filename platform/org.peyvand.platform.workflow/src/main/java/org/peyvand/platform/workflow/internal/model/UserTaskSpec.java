package org.peyvand.platform.workflow.internal.model;

/**
 * Who a user task goes to and by when, from the Camunda attributes every modeller offers.
 *
 * @param assignee        a username or an expression in {@code ${ }}
 * @param candidateGroups comma-separated {@code unit:<code or id>} and {@code role:<name>} (a bare name is a role), or
 *                        {@code user:<name>} for one person when the assignee is left empty
 * @param dueDate         an ISO duration of working time from creation, an ISO date-time, or an expression
 * @param followUpDate    when the SLA turns to a warning, in the same forms
 */
public record UserTaskSpec(String assignee, String candidateGroups, String formKey, String dueDate, String followUpDate) {
}
