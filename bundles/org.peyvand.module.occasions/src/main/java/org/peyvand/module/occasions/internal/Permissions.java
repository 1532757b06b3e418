package org.peyvand.module.occasions.internal;

/** The permissions declared in CRM-INF/permissions/occasions.json, and the object types the audit trail names. */
public final class Permissions {
    public static final String OFFICIAL = "occasions.official";
    public static final String EVENT = "occasions.event";
    public static final String PLAN = "occasions.plan";
    public static final String RUN = "occasions.run";

    public static final String OCCASION_READ = "occasions.occasion.read";
    public static final String OCCASION_MANAGE = "occasions.occasion.manage";
    public static final String PLAN_READ = "occasions.plan.read";
    public static final String PLAN_MANAGE = "occasions.plan.manage";
    public static final String GREETING_RUN = "occasions.greeting.run";

    /** The accounts module's contacts, whose scope narrows a plan's audience. */
    static final String CONTACT = "accounts.contact";
    static final String CONTACT_READ = "accounts.contact.read";

    private Permissions() {
    }
}
