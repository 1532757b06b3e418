package org.peyvand.module.occasions.internal.jpa;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.module.occasions.Greeting;

/** A row of {@code occ_greeting}: one greeting of a plan to a contact for an occasion date, unique. */
@Entity
@Table(name = "occ_greeting")
public class GreetingEntity {
    /** The longest reason kept of a failure. */
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "occ_greeting_seq")
    @SequenceGenerator(name = "occ_greeting_seq", sequenceName = "occ_greeting_seq", allocationSize = 50)
    private Long id;
    @Column(name = "plan_id", nullable = false)
    private long planId;
    @Column(name = "contact_id", nullable = false)
    private long contactId;
    @Column(name = "occasion_date", nullable = false)
    private LocalDate occasionDate;
    @Column(name = "contact_name", nullable = false)
    private String contactName;
    @Column(nullable = false)
    private String channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Greeting.Status status;
    private String reason;
    @Column(name = "changed_at", nullable = false)
    private Instant at;

    protected GreetingEntity() {
    }

    public GreetingEntity(long planId, long contactId, LocalDate occasionDate, String contactName, String channel, Instant now) {
        this.planId = planId;
        this.contactId = contactId;
        this.occasionDate = occasionDate;
        this.contactName = contactName;
        this.channel = channel;
        this.status = Greeting.Status.CLAIMED;
        this.at = now;
    }

    public void outcome(Greeting.Status status, String reason, Instant now) {
        this.status = status;
        this.reason = reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
        this.at = now;
    }

    public long id() {
        return id;
    }

    public long contactId() {
        return contactId;
    }

    public Greeting toRecord() {
        return new Greeting(id, planId, contactId, contactName, occasionDate, channel, status, reason, at);
    }
}
