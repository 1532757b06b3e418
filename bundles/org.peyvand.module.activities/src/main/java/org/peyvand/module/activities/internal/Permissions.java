package org.peyvand.module.activities.internal;

/** The permissions declared in CRM-INF/permissions/activities.json, and the record types they concern. */
public final class Permissions {
    /** The record type, as record scopes, events, the audit trail and the cartable name it. */
    public static final String TYPE = "activities.activity";
    /** The accounts module's record types whose screens get an Activities tab and whose timeline shows them. */
    public static final String ACCOUNT = "accounts.account";
    public static final String CONTACT = "accounts.contact";

    public static final String READ = "activities.activity.read";
    public static final String CREATE = "activities.activity.create";
    public static final String UPDATE = "activities.activity.update";
    public static final String DELETE = "activities.activity.delete";

    private Permissions() {
    }
}
