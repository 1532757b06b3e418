package org.peyvand.platform.security.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One line of the audit trail. Written once: the class has no way to change a stored line. */
@Entity
@Table(name = "sec_audit")
public class AuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_audit_seq")
    @SequenceGenerator(name = "sec_audit_seq", sequenceName = "sec_audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "object_type", nullable = false, updatable = false)
    private String objectType;

    @Column(name = "object_id", updatable = false)
    private String objectId;

    @Column(updatable = false)
    private String summary;

    /** The changed fields as JSON: [{"field": ..., "old": ..., "new": ...}]. */
    @Column(updatable = false)
    private String changes;

    protected AuditEntity() {
    }

    public AuditEntity(Instant at, String actor, String action, String objectType, String objectId, String summary, String changes) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.summary = summary;
        this.changes = changes;
    }

    public long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String summary() {
        return summary;
    }

    public String changes() {
        return changes;
    }
}
