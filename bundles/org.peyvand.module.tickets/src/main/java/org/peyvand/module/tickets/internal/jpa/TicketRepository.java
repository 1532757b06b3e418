package org.peyvand.module.tickets.internal.jpa;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.peyvand.module.tickets.TicketMessage;
import org.peyvand.module.tickets.internal.sla.StatusChange;

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

    public List<StatusChange> statuses(long ticketId) {
        return em.createQuery("SELECT s FROM StatusChangeEntity s WHERE s.ticketId = :ticket ORDER BY s.id", StatusChangeEntity.class)
                .setParameter("ticket", ticketId).getResultList().stream().map(StatusChangeEntity::toChange).toList();
    }

    public List<TicketMessage> messages(long ticketId) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.ticketId = :ticket ORDER BY m.id", MessageEntity.class)
                .setParameter("ticket", ticketId).getResultList().stream().map(MessageEntity::toRecord).toList();
    }
}
