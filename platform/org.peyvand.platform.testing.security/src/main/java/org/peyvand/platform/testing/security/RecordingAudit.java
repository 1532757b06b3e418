package org.peyvand.platform.testing.security;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditQuery;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;

/** Keeps the lines the services write, newest last. */
public final class RecordingAudit implements AuditTrail {
    private final List<AuditEntry> lines = new ArrayList<>();

    public List<AuditEntry> lines() {
        return lines;
    }

    @Override
    public void record(String actor, String action, String objectType, String objectId, String summary, List<AuditEntry.Change> changes) {
        lines.add(new AuditEntry(lines.size() + 1, null, actor, action, objectType, objectId, summary, changes));
    }

    @Override
    public Page<AuditEntry> search(Caller caller, AuditQuery query, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Consumer<OutputStream> exportCsv(Caller caller, AuditQuery query) {
        throw new UnsupportedOperationException();
    }
}
