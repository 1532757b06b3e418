package org.peyvand.module.relations.internal;

/** The permissions declared in CRM-INF/permissions/relations.json, and the record types they concern. */
public final class Permissions {
    /** The record types, as record scopes, events and the audit trail name them. */
    public static final String LINK = "relations.link";
    public static final String TYPE = "relations.type";

    public static final String READ = "relations.link.read";
    public static final String CREATE = "relations.link.create";
    public static final String UPDATE = "relations.link.update";
    public static final String DELETE = "relations.link.delete";
    public static final String MANAGE_TYPES = "relations.type.manage";

    private Permissions() {
    }
}
