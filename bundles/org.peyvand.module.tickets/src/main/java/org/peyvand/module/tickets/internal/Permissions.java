package org.peyvand.module.tickets.internal;

/** The permissions declared in CRM-INF/permissions/tickets.json, and the record types they concern. */
public final class Permissions {
    /** The record type, as record scopes, events and the audit trail name it. */
    public static final String TYPE = "tickets.ticket";
    /** The SLA policies, as the audit trail names them. */
    public static final String POLICY_TYPE = "tickets.policy";
    public static final String ACCOUNT = "accounts.account";
    public static final String CONTACT = "accounts.contact";

    public static final String READ = "tickets.ticket.read";
    public static final String CREATE = "tickets.ticket.create";
    public static final String UPDATE = "tickets.ticket.update";
    public static final String ASSIGN = "tickets.ticket.assign";
    public static final String MANAGE_POLICIES = "tickets.policy.manage";

    private Permissions() {
    }
}
