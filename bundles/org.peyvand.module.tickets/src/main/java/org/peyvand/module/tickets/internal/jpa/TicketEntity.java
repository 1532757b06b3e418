package org.peyvand.module.tickets.internal.jpa;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.module.tickets.Ticket;
import org.peyvand.module.tickets.TicketChannel;
import org.peyvand.module.tickets.TicketInput;
import org.peyvand.module.tickets.TicketPriority;
import org.peyvand.module.tickets.TicketSla;
import org.peyvand.module.tickets.TicketStatus;
import org.peyvand.module.tickets.internal.sla.SlaReading;
import org.peyvand.platform.workflow.SlaState;

/** A row of {@code tkt_ticket}; the schema is the module's changelog. */
@Entity
@Table(name = "tkt_ticket")
public class TicketEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tkt_ticket_seq")
    @SequenceGenerator(name = "tkt_ticket_seq", sequenceName = "tkt_ticket_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String subject;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketPriority priority;

    @Column(nullable = false)
    private String tier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    /** Whether the status still asks for work: the queues read it from their index. */
    @Column(name = "is_open", nullable = false)
    private boolean open;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "contact_id")
    private Long contactId;

    private String product;

    private String assignee;

    @Column(name = "handling_unit_id", nullable = false)
    private long handlingUnitId;

    @Column(nullable = false)
    private String owner;

    @Column(name = "owner_unit_id", nullable = false)
    private long ownerUnitId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_state", nullable = false)
    private SlaState responseState;

    @Column(name = "response_warn_at")
    private Instant responseWarnAt;

    @Column(name = "response_due_at")
    private Instant responseDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_state", nullable = false)
    private SlaState resolutionState;

    @Column(name = "resolution_warn_at")
    private Instant resolutionWarnAt;

    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    /** When a running clock next passes its warning or due time; the SLA sweep reads it from its index. */
    @Column(name = "sla_check_at")
    private Instant slaCheckAt;

    private Integer satisfaction;

    @Version
    @Column(nullable = false)
    private long version;

    protected TicketEntity() {
    }

    /** A new ticket in its creator's unit's queue; its SLA is worked out once its first status is stored. */
    public TicketEntity(TicketInput input, String owner, long ownerUnitId, Instant now) {
        this.owner = owner;
        this.ownerUnitId = ownerUnitId;
        this.handlingUnitId = ownerUnitId;
        this.status = TicketStatus.NEW;
        this.open = true;
        this.createdAt = now;
        this.responseState = SlaState.NONE;
        this.resolutionState = SlaState.NONE;
        apply(input, now);
    }

    public void apply(TicketInput input, Instant now) {
        subject = input.subject();
        description = input.description();
        channel = input.channel();
        priority = input.priority();
        tier = input.tier();
        accountId = input.accountId();
        contactId = input.contactId();
        product = input.product();
        updatedAt = now;
    }

    public void status(TicketStatus status, Instant now) {
        this.status = status;
        this.open = status.open();
        updatedAt = now;
    }

    public void assign(long unitId, String assignee, Instant now) {
        this.handlingUnitId = unitId;
        this.assignee = assignee;
        updatedAt = now;
    }

    public void rate(int score, Instant now) {
        satisfaction = score;
        updatedAt = now;
    }

    public void responded(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    /**
     * Stores what the clocks say, and when they next need reading: the earliest warning or due time
     * still ahead of a clock that runs.
     */
    public void sla(SlaReading response, SlaReading resolution, Instant now) {
        responseState = response.state();
        responseWarnAt = response.warnAt();
        responseDueAt = response.dueAt();
        resolutionState = resolution.state();
        resolutionWarnAt = resolution.warnAt();
        resolutionDueAt = resolution.dueAt();
        slaCheckAt = Stream.of(ahead(response, now), ahead(resolution, now)).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    private static Instant ahead(SlaReading reading, Instant now) {
        if (reading.state() != SlaState.ON_TIME && reading.state() != SlaState.WARNING) {
            return null;
        }
        return Stream.of(reading.warnAt(), reading.dueAt()).filter(at -> at != null && at.isAfter(now)).min(Instant::compareTo).orElse(null);
    }

    public SlaState responseState() {
        return responseState;
    }

    public SlaState resolutionState() {
        return resolutionState;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String subject() {
        return subject;
    }

    public TicketStatus status() {
        return status;
    }

    public TicketPriority priority() {
        return priority;
    }

    public String tier() {
        return tier;
    }

    public String owner() {
        return owner;
    }

    public long ownerUnitId() {
        return ownerUnitId;
    }

    public long handlingUnitId() {
        return handlingUnitId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Ticket toRecord() {
        return new Ticket(id, subject, description, channel, priority, tier, status, accountId, contactId, product, assignee, handlingUnitId,
                owner, ownerUnitId, createdAt, updatedAt, firstResponseAt, new TicketSla(responseState, responseWarnAt, responseDueAt),
                new TicketSla(resolutionState, resolutionWarnAt, resolutionDueAt), satisfaction, version);
    }
}
