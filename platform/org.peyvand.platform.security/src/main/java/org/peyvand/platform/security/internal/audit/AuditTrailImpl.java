package org.peyvand.platform.security.internal.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.AuditQuery;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.platform.security.internal.jpa.AuditEntity;

@Component
public class AuditTrailImpl implements AuditTrail {
    private static final String SORT = "id";
    private static final int EXPORT_PAGE = 1_000;

    private final Transactions tx;
    private final AccessGuard guard;
    private final AuditWriter writer;

    @Activate
    public AuditTrailImpl(@Reference(target = "(osgi.unit.name=crm.security)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.security)") SchemaReady schema, @Reference AccessGuard guard) {
        this(new Transactions(jpa), guard, Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static AuditTrailImpl wiredWith(Transactions tx, AccessGuard guard, Clock clock) {
        return new AuditTrailImpl(tx, guard, clock);
    }

    private AuditTrailImpl(Transactions tx, AccessGuard guard, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.writer = new AuditWriter(clock);
    }

    @Override
    public void record(String actor, String action, String objectType, String objectId, String summary, List<AuditEntry.Change> changes) {
        tx.append(em -> writer.write(em, actor, action, objectType, objectId, summary, changes));
    }

    @Override
    public Page<AuditEntry> search(Caller caller, AuditQuery query, PageRequest page) {
        requireRead(caller, query);
        Long before = page.cursor() == null ? null : KeysetCursor.decode(page.cursor(), SORT).id();
        List<AuditEntry> rows = tx.read(em -> find(em, query, before, page.limit() + 1));
        boolean more = rows.size() > page.limit();
        List<AuditEntry> items = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? new KeysetCursor(SORT, "", items.get(items.size() - 1).id()).encode() : null;
        return new Page<>(items, next);
    }

    @Override
    public Consumer<OutputStream> exportCsv(Caller caller, AuditQuery query) {
        guard.require(caller, KernelPermissions.AUDIT_EXPORT);
        return out -> writeCsv(query, out);
    }

    private void writeCsv(AuditQuery query, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader("id", "at", "actor", "action", "object_type", "object_id", "summary", "changes").get());
            Long before = null;
            List<AuditEntry> rows;
            do {
                Long after = before;
                rows = tx.read(em -> find(em, query, after, EXPORT_PAGE));
                for (AuditEntry e : rows) {
                    csv.printRecord(e.id(), e.at(), e.actor(), e.action(), e.objectType(), e.objectId(), e.summary(),
                            e.changes().stream().map(c -> c.field() + ": " + c.oldValue() + " → " + c.newValue())
                                    .collect(Collectors.joining("; ")));
                }
                before = rows.isEmpty() ? null : rows.get(rows.size() - 1).id();
            } while (rows.size() == EXPORT_PAGE);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One object's history is open to whoever may read that object type; the whole trail to auditors. */
    private void requireRead(Caller caller, AuditQuery query) {
        boolean oneObject = query.objectType() != null && query.objectId() != null;
        if (oneObject && guard.allows(caller, query.objectType() + ".read")) {
            return;
        }
        guard.require(caller, KernelPermissions.AUDIT_READ);
    }

    private static List<AuditEntry> find(EntityManager em, AuditQuery query, Long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select a from AuditEntity a where 1 = 1");
        if (query.actor() != null) {
            jpql.append(" and a.actor = :actor");
        }
        if (query.action() != null) {
            jpql.append(" and a.action = :action");
        }
        if (query.objectType() != null) {
            jpql.append(" and a.objectType = :objectType");
        }
        if (query.objectId() != null) {
            jpql.append(" and a.objectId = :objectId");
        }
        if (query.from() != null) {
            jpql.append(" and a.at >= :from");
        }
        if (query.to() != null) {
            jpql.append(" and a.at < :to");
        }
        if (beforeId != null) {
            jpql.append(" and a.id < :before");
        }
        jpql.append(" order by a.id desc");
        var q = em.createQuery(jpql.toString(), AuditEntity.class).setMaxResults(limit);
        if (query.actor() != null) {
            q.setParameter("actor", query.actor());
        }
        if (query.action() != null) {
            q.setParameter("action", query.action());
        }
        if (query.objectType() != null) {
            q.setParameter("objectType", query.objectType());
        }
        if (query.objectId() != null) {
            q.setParameter("objectId", query.objectId());
        }
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to());
        }
        if (beforeId != null) {
            q.setParameter("before", beforeId);
        }
        return q.getResultList().stream().map(AuditWriter::toEntry).toList();
    }
}
