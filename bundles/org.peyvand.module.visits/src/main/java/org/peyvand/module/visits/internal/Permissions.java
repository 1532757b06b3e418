package org.peyvand.module.visits.internal;

/** The permissions declared in CRM-INF/permissions/visits.json, and the record types they concern. */
public final class Permissions {
    /** The record type, as record scopes, custom fields, events and the audit trail name it. */
    public static final String TYPE = "visits.visit";
    /** The accounts module's record type a visit points at. */
    public static final String ACCOUNT = "accounts.account";

    public static final String READ = "visits.visit.read";
    public static final String CREATE = "visits.visit.create";
    public static final String UPDATE = "visits.visit.update";
    public static final String DELETE = "visits.visit.delete";

    private Permissions() {
    }
}
