package org.peyvand.platform.workflow.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A timer or service task due to run; deleted by the transaction that runs it. */
@Entity
@Table(name = "wf_job")
public class JobEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wf_job_seq")
    @SequenceGenerator(name = "wf_job_seq", sequenceName = "wf_job_seq", allocationSize = 50)
    private Long id;

    @Column(name = "kind", updatable = false)
    private String kind;

    @Column(name = "state")
    private String state;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "instance_id", updatable = false)
    private Long instanceId;

    @Column(name = "token_id", updatable = false)
    private Long tokenId;

    @Column(name = "element_id", updatable = false)
    private String elementId;

    @Column(name = "definition_id", updatable = false)
    private Long definitionId;

    @Column(name = "process_key", updatable = false)
    private String processKey;

    @Column(name = "cycle")
    private String cycle;

    @Column(name = "attempts")
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "waiting_for")
    private String waitingFor;

    @Column(name = "failed_at")
    private Instant failedAt;

    public JobEntity() {
    }

    public long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public JobEntity kind(String kind) {
        this.kind = kind;
        return this;
    }

    public String state() {
        return state;
    }

    public JobEntity state(String state) {
        this.state = state;
        return this;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public JobEntity dueAt(Instant dueAt) {
        this.dueAt = dueAt;
        return this;
    }

    public Long instanceId() {
        return instanceId;
    }

    public JobEntity instanceId(Long instanceId) {
        this.instanceId = instanceId;
        return this;
    }

    public Long tokenId() {
        return tokenId;
    }

    public JobEntity tokenId(Long tokenId) {
        this.tokenId = tokenId;
        return this;
    }

    public String elementId() {
        return elementId;
    }

    public JobEntity elementId(String elementId) {
        this.elementId = elementId;
        return this;
    }

    public Long definitionId() {
        return definitionId;
    }

    public JobEntity definitionId(Long definitionId) {
        this.definitionId = definitionId;
        return this;
    }

    public String processKey() {
        return processKey;
    }

    public JobEntity processKey(String processKey) {
        this.processKey = processKey;
        return this;
    }

    public String cycle() {
        return cycle;
    }

    public JobEntity cycle(String cycle) {
        this.cycle = cycle;
        return this;
    }

    public int attempts() {
        return attempts;
    }

    public JobEntity attempts(int attempts) {
        this.attempts = attempts;
        return this;
    }

    public String lastError() {
        return lastError;
    }

    public JobEntity lastError(String lastError) {
        this.lastError = lastError;
        return this;
    }

    public String waitingFor() {
        return waitingFor;
    }

    public JobEntity waitingFor(String waitingFor) {
        this.waitingFor = waitingFor;
        return this;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public JobEntity failedAt(Instant failedAt) {
        this.failedAt = failedAt;
        return this;
    }
}
