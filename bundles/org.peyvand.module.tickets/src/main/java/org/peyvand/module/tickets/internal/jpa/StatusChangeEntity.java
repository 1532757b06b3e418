package org.peyvand.module.tickets.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.module.tickets.TicketStatus;
import org.peyvand.module.tickets.internal.sla.StatusChange;

/** A row of {@code tkt_status_change}: a ticket's history of statuses, which its resolution clock is read from. */
@Entity
@Table(name = "tkt_status_change")
public class StatusChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tkt_status_change_seq")
    @SequenceGenerator(name = "tkt_status_change_seq", sequenceName = "tkt_status_change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String actor;

    protected StatusChangeEntity() {
    }

    public StatusChangeEntity(long ticketId, TicketStatus status, Instant changedAt, String actor) {
        this.ticketId = ticketId;
        this.status = status;
        this.changedAt = changedAt;
        this.actor = actor;
    }

    public long ticketId() {
        return ticketId;
    }

    public StatusChange toChange() {
        return new StatusChange(status, changedAt);
    }
}
