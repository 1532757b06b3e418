package org.peyvand.module.tickets.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.module.tickets.TicketMessage;

/** A row of {@code tkt_message}: a reply to the customer or an internal note. */
@Entity
@Table(name = "tkt_message")
public class MessageEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tkt_message_seq")
    @SequenceGenerator(name = "tkt_message_seq", sequenceName = "tkt_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(nullable = false)
    private boolean internal;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MessageEntity() {
    }

    public MessageEntity(long ticketId, boolean internal, String body, String author, Instant createdAt) {
        this.ticketId = ticketId;
        this.internal = internal;
        this.body = body;
        this.author = author;
        this.createdAt = createdAt;
    }

    public TicketMessage toRecord() {
        return new TicketMessage(id, ticketId, internal, body, author, createdAt);
    }
}
