package org.peyvand.platform.workflow.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One step of an instance's history. */
@Entity
@Table(name = "wf_history")
public class HistoryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wf_history_seq")
    @SequenceGenerator(name = "wf_history_seq", sequenceName = "wf_history_seq", allocationSize = 50)
    private Long id;

    @Column(name = "instance_id", updatable = false)
    private long instanceId;

    @Column(name = "element_id", updatable = false)
    private String elementId;

    @Column(name = "element_name", updatable = false)
    private String elementName;

    @Column(name = "event", updatable = false)
    private String event;

    @Column(name = "actor", updatable = false)
    private String actor;

    @Column(name = "happened_at", updatable = false)
    private Instant happenedAt;

    @Column(name = "outcome", updatable = false)
    private String outcome;

    @Column(name = "step_values", updatable = false)
    private String stepValues;

    public HistoryEntity() {
    }

    public long id() {
        return id;
    }

    public long instanceId() {
        return instanceId;
    }

    public HistoryEntity instanceId(long instanceId) {
        this.instanceId = instanceId;
        return this;
    }

    public String elementId() {
        return elementId;
    }

    public HistoryEntity elementId(String elementId) {
        this.elementId = elementId;
        return this;
    }

    public String elementName() {
        return elementName;
    }

    public HistoryEntity elementName(String elementName) {
        this.elementName = elementName;
        return this;
    }

    public String event() {
        return event;
    }

    public HistoryEntity event(String event) {
        this.event = event;
        return this;
    }

    public String actor() {
        return actor;
    }

    public HistoryEntity actor(String actor) {
        this.actor = actor;
        return this;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public HistoryEntity happenedAt(Instant happenedAt) {
        this.happenedAt = happenedAt;
        return this;
    }

    public String outcome() {
        return outcome;
    }

    public HistoryEntity outcome(String outcome) {
        this.outcome = outcome;
        return this;
    }

    public String stepValues() {
        return stepValues;
    }

    public HistoryEntity stepValues(String stepValues) {
        this.stepValues = stepValues;
        return this;
    }
}
