package org.peyvand.module.notes.internal;

/** The permissions declared in CRM-INF/permissions/notes.json, and the record types they concern. */
public final class Permissions {
    /** The record types, as record scopes, events and the audit trail name them. */
    public static final String NOTE = "notes.note";
    public static final String ATTACHMENT = "notes.attachment";
    public static final String LIST = "notes.list";

    public static final String READ = "notes.note.read";
    public static final String CREATE = "notes.note.create";
    public static final String UPDATE = "notes.note.update";
    public static final String DELETE = "notes.note.delete";

    public static final String LIST_READ = "notes.list.read";
    public static final String LIST_CREATE = "notes.list.create";
    public static final String LIST_UPDATE = "notes.list.update";
    public static final String LIST_DELETE = "notes.list.delete";

    private Permissions() {
    }
}
