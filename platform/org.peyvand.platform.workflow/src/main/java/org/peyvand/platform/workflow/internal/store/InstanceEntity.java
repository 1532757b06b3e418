package org.peyvand.platform.workflow.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A process instance; its row is locked by every step that moves it, so steps of one instance never interleave. */
@Entity
@Table(name = "wf_instance")
public class InstanceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wf_instance_seq")
    @SequenceGenerator(name = "wf_instance_seq", sequenceName = "wf_instance_seq", allocationSize = 50)
    private Long id;

    @Column(name = "definition_id")
    private long definitionId;

    @Column(name = "process_key", updatable = false)
    private String processKey;

    @Column(name = "version")
    private int version;

    @Column(name = "state")
    private String state;

    @Column(name = "record_type", updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private String recordId;

    @Column(name = "variables")
    private String variables;

    @Column(name = "started_by", updatable = false)
    private String startedBy;

    @Column(name = "started_unit", updatable = false)
    private long startedUnit;

    @Column(name = "started_at", updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "parent_instance", updatable = false)
    private Long parentInstance;

    @Column(name = "parent_token", updatable = false)
    private Long parentToken;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    public InstanceEntity() {
    }

    public long id() {
        return id;
    }

    public long definitionId() {
        return definitionId;
    }

    public InstanceEntity definitionId(long definitionId) {
        this.definitionId = definitionId;
        return this;
    }

    public String processKey() {
        return processKey;
    }

    public InstanceEntity processKey(String processKey) {
        this.processKey = processKey;
        return this;
    }

    public int version() {
        return version;
    }

    public InstanceEntity version(int version) {
        this.version = version;
        return this;
    }

    public String state() {
        return state;
    }

    public InstanceEntity state(String state) {
        this.state = state;
        return this;
    }

    public String recordType() {
        return recordType;
    }

    public InstanceEntity recordType(String recordType) {
        this.recordType = recordType;
        return this;
    }

    public String recordId() {
        return recordId;
    }

    public InstanceEntity recordId(String recordId) {
        this.recordId = recordId;
        return this;
    }

    public String variables() {
        return variables;
    }

    public InstanceEntity variables(String variables) {
        this.variables = variables;
        return this;
    }

    public String startedBy() {
        return startedBy;
    }

    public InstanceEntity startedBy(String startedBy) {
        this.startedBy = startedBy;
        return this;
    }

    public long startedUnit() {
        return startedUnit;
    }

    public InstanceEntity startedUnit(long startedUnit) {
        this.startedUnit = startedUnit;
        return this;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public InstanceEntity startedAt(Instant startedAt) {
        this.startedAt = startedAt;
        return this;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public InstanceEntity endedAt(Instant endedAt) {
        this.endedAt = endedAt;
        return this;
    }

    public Long parentInstance() {
        return parentInstance;
    }

    public InstanceEntity parentInstance(Long parentInstance) {
        this.parentInstance = parentInstance;
        return this;
    }

    public Long parentToken() {
        return parentToken;
    }

    public InstanceEntity parentToken(Long parentToken) {
        this.parentToken = parentToken;
        return this;
    }

    public long lockVersion() {
        return lockVersion;
    }

    public InstanceEntity lockVersion(long lockVersion) {
        this.lockVersion = lockVersion;
        return this;
    }
}
