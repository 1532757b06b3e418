package org.peyvand.platform.workflow.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Where one path of an instance stands: at an element, inside the sub-process of its scope token. */
@Entity
@Table(name = "wf_token")
public class TokenEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wf_token_seq")
    @SequenceGenerator(name = "wf_token_seq", sequenceName = "wf_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "instance_id", updatable = false)
    private long instanceId;

    @Column(name = "element_id")
    private String elementId;

    @Column(name = "scope_token", updatable = false)
    private Long scopeToken;

    @Column(name = "state")
    private String state;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    public TokenEntity() {
    }

    public long id() {
        return id;
    }

    public long instanceId() {
        return instanceId;
    }

    public TokenEntity instanceId(long instanceId) {
        this.instanceId = instanceId;
        return this;
    }

    public String elementId() {
        return elementId;
    }

    public TokenEntity elementId(String elementId) {
        this.elementId = elementId;
        return this;
    }

    public Long scopeToken() {
        return scopeToken;
    }

    public TokenEntity scopeToken(Long scopeToken) {
        this.scopeToken = scopeToken;
        return this;
    }

    public String state() {
        return state;
    }

    public TokenEntity state(String state) {
        this.state = state;
        return this;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public TokenEntity arrivedAt(Instant arrivedAt) {
        this.arrivedAt = arrivedAt;
        return this;
    }
}
