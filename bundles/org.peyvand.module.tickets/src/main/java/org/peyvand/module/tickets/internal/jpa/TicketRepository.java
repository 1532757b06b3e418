package org.peyvand.module.tickets.internal.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.peyvand.module.tickets.TicketMessage;
import org.peyvand.module.tickets.TicketQueue;
import org.peyvand.module.tickets.internal.sla.StatusChange;
import org.peyvand.platform.security.RecordScope;

/** Queries of the ticket tables; a ticket's statuses and messages are read by its own index, in order. */
public final class TicketRepository {
    private final EntityManager em;

    public TicketRepository(EntityManager em) {
        this.em = em;
    }

    public <T> T insert(T row) {
        em.persist(row);
        return row;
    }

    public Optional<TicketEntity> find(long id) {
        return Optional.ofNullable(em.find(TicketEntity.class, id));
    }

    /** Where a page of a queue ended: the last row's due time (null for one waiting without) and id. */
    public record QueuePosition(Instant due, long id) {
    }

    /**
     * A page of a queue's open tickets the scope allows, most urgent first: those with a due time by
     * it, then those without one (waiting for their customer) by id. Each part reads the queue's
     * index ({@code tkt_ticket_unit_queue_ix} or {@code tkt_ticket_assignee_queue_ix}) in order.
     *
     * @param after where the previous page ended; null for the first
     */
    public List<TicketEntity> queue(RecordScope scope, TicketQueue queue, QueuePosition after, int limit) {
        List<TicketEntity> rows = new ArrayList<>();
        if (after == null || after.due() != null) {
            Map<String, Object> params = new LinkedHashMap<>();
            List<String> conditions = queueConditions(scope, queue, params);
            conditions.add("t.resolutionDueAt IS NOT NULL");
            if (after != null) {
                params.put("due", after.due());
                params.put("id", after.id());
                conditions.add("(t.resolutionDueAt > :due OR (t.resolutionDueAt = :due AND t.id > :id))");
            }
            rows.addAll(select(conditions, params, "t.resolutionDueAt, t.id", limit));
        }
        if (rows.size() < limit) {
            Map<String, Object> params = new LinkedHashMap<>();
            List<String> conditions = queueConditions(scope, queue, params);
            conditions.add("t.resolutionDueAt IS NULL");
            if (after != null && after.due() == null) {
                params.put("id", after.id());
                conditions.add("t.id > :id");
            }
            rows.addAll(select(conditions, params, "t.id", limit - rows.size()));
        }
        return rows;
    }

    private static List<String> queueConditions(RecordScope scope, TicketQueue queue, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("t.open = true"));
        if (queue.unitId() != null) {
            params.put("unit", queue.unitId());
            conditions.add("t.handlingUnitId = :unit");
        }
        if (queue.assignee() != null) {
            params.put("assignee", queue.assignee());
            conditions.add("t.assignee = :assignee");
        }
        String visible = scope.condition("t.owner", "t.ownerUnitId", value -> {
            String name = "p" + params.size();
            params.put(name, value);
            return ":" + name;
        });
        if (visible != null) {
            conditions.add(visible);
        }
        return conditions;
    }

    private List<TicketEntity> select(List<String> conditions, Map<String, Object> params, String order, int limit) {
        TypedQuery<TicketEntity> query = em.createQuery("SELECT t FROM TicketEntity t WHERE " + String.join(" AND ", conditions)
                + " ORDER BY " + order, TicketEntity.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** Tickets whose running clock has passed a warning or due time since last read, read by {@code tkt_ticket_sla_check_ix}. */
    public List<TicketEntity> checkDue(Instant now, int limit) {
        return em.createQuery("SELECT t FROM TicketEntity t WHERE t.slaCheckAt <= :now ORDER BY t.slaCheckAt, t.id", TicketEntity.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Open tickets by id after {@code afterId}, read by {@code tkt_ticket_open_ix}. */
    public List<TicketEntity> openAfter(long afterId, int limit) {
        return em.createQuery("SELECT t FROM TicketEntity t WHERE t.open = true AND t.id > :after ORDER BY t.id", TicketEntity.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** The statuses of each of these tickets, oldest first: one query for a batch. */
    public Map<Long, List<StatusChange>> statuses(Collection<Long> ticketIds) {
        Map<Long, List<StatusChange>> byTicket = new HashMap<>();
        em.createQuery("SELECT s FROM StatusChangeEntity s WHERE s.ticketId IN :tickets ORDER BY s.id", StatusChangeEntity.class)
                .setParameter("tickets", ticketIds).getResultList()
                .forEach(row -> byTicket.computeIfAbsent(row.ticketId(), id -> new ArrayList<>()).add(row.toChange()));
        return byTicket;
    }

    public List<StatusChange> statuses(long ticketId) {
        return em.createQuery("SELECT s FROM StatusChangeEntity s WHERE s.ticketId = :ticket ORDER BY s.id", StatusChangeEntity.class)
                .setParameter("ticket", ticketId).getResultList().stream().map(StatusChangeEntity::toChange).toList();
    }

    public List<TicketMessage> messages(long ticketId) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.ticketId = :ticket ORDER BY m.id", MessageEntity.class)
                .setParameter("ticket", ticketId).getResultList().stream().map(MessageEntity::toRecord).toList();
    }
}
