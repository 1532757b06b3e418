package org.peyvand.platform.security;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;

/**
 * The append-only record of what happened: changes to records, logins and their failures, grants,
 * module installs. A write joins the caller's transaction, so a change and its audit line commit
 * or roll back together. Nothing can change or remove a line once written.
 */
@ProviderType
public interface AuditTrail {

    /** Well-known actions; modules may use others ({@code <object>.<verb>}). */
    String CREATED = "created";
    String UPDATED = "updated";
    String DELETED = "deleted";

    /** Records that {@code actor} did {@code action} on an object; {@code changes} may be empty. */
    void record(String actor, String action, String objectType, String objectId, String summary, List<AuditEntry.Change> changes);

    /** Newest first. Needs {@code platform.audit.read}, or the object type's read permission for one object's history. */
    Page<AuditEntry> search(Caller caller, AuditQuery query, PageRequest page);

    /**
     * The whole matching trail as CSV (UTF-8 with BOM, for spreadsheets). The permission
     * ({@code platform.audit.export}) is checked now, before anything is written.
     */
    Consumer<OutputStream> exportCsv(Caller caller, AuditQuery query);
}
