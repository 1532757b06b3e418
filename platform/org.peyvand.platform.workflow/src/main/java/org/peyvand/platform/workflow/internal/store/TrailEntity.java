package org.peyvand.platform.workflow.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One hop of a work item. */
@Entity
@Table(name = "wf_trail")
public class TrailEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wf_trail_seq")
    @SequenceGenerator(name = "wf_trail_seq", sequenceName = "wf_trail_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_id", updatable = false)
    private long itemId;

    @Column(name = "step", updatable = false)
    private String step;

    @Column(name = "actor", updatable = false)
    private String actor;

    @Column(name = "to_user", updatable = false)
    private String toUser;

    @Column(name = "to_unit", updatable = false)
    private Long toUnit;

    @Column(name = "comment", updatable = false)
    private String comment;

    @Column(name = "acted_at", updatable = false)
    private Instant actedAt;

    public TrailEntity() {
    }

    public long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public TrailEntity itemId(long itemId) {
        this.itemId = itemId;
        return this;
    }

    public String step() {
        return step;
    }

    public TrailEntity step(String step) {
        this.step = step;
        return this;
    }

    public String actor() {
        return actor;
    }

    public TrailEntity actor(String actor) {
        this.actor = actor;
        return this;
    }

    public String toUser() {
        return toUser;
    }

    public TrailEntity toUser(String toUser) {
        this.toUser = toUser;
        return this;
    }

    public Long toUnit() {
        return toUnit;
    }

    public TrailEntity toUnit(Long toUnit) {
        this.toUnit = toUnit;
        return this;
    }

    public String comment() {
        return comment;
    }

    public TrailEntity comment(String comment) {
        this.comment = comment;
        return this;
    }

    public Instant actedAt() {
        return actedAt;
    }

    public TrailEntity actedAt(Instant actedAt) {
        this.actedAt = actedAt;
        return this;
    }
}
