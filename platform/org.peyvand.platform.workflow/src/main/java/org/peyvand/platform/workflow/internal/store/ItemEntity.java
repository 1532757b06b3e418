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

/** A work item of the cartable: a user task or a referral. */
@Entity
@Table(name = "wf_item")
public class ItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wf_item_seq")
    @SequenceGenerator(name = "wf_item_seq", sequenceName = "wf_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "kind", updatable = false)
    private String kind;

    @Column(name = "name", updatable = false)
    private String name;

    @Column(name = "instance_id", updatable = false)
    private Long instanceId;

    @Column(name = "token_id", updatable = false)
    private Long tokenId;

    @Column(name = "process_key", updatable = false)
    private String processKey;

    @Column(name = "element_id", updatable = false)
    private String elementId;

    @Column(name = "form_key", updatable = false)
    private String formKey;

    @Column(name = "assignee")
    private String assignee;

    @Column(name = "candidate_unit")
    private Long candidateUnit;

    @Column(name = "candidate_role")
    private String candidateRole;

    @Column(name = "record_type", updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private String recordId;

    @Column(name = "state")
    private String state;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "warn_at")
    private Instant warnAt;

    @Column(name = "sort_due")
    private Instant sortDue;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "referred_by")
    private String referredBy;

    @Column(name = "chain")
    private String chain;

    @Column(name = "comment")
    private String comment;

    @Column(name = "calendar_unit")
    private long calendarUnit;

    @Column(name = "sla_paused_at")
    private Instant slaPausedAt;

    @Column(name = "sla_left_seconds")
    private Long slaLeftSeconds;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    public ItemEntity() {
    }

    public long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public ItemEntity kind(String kind) {
        this.kind = kind;
        return this;
    }

    public String name() {
        return name;
    }

    public ItemEntity name(String name) {
        this.name = name;
        return this;
    }

    public Long instanceId() {
        return instanceId;
    }

    public ItemEntity instanceId(Long instanceId) {
        this.instanceId = instanceId;
        return this;
    }

    public Long tokenId() {
        return tokenId;
    }

    public ItemEntity tokenId(Long tokenId) {
        this.tokenId = tokenId;
        return this;
    }

    public String processKey() {
        return processKey;
    }

    public ItemEntity processKey(String processKey) {
        this.processKey = processKey;
        return this;
    }

    public String elementId() {
        return elementId;
    }

    public ItemEntity elementId(String elementId) {
        this.elementId = elementId;
        return this;
    }

    public String formKey() {
        return formKey;
    }

    public ItemEntity formKey(String formKey) {
        this.formKey = formKey;
        return this;
    }

    public String assignee() {
        return assignee;
    }

    public ItemEntity assignee(String assignee) {
        this.assignee = assignee;
        return this;
    }

    public Long candidateUnit() {
        return candidateUnit;
    }

    public ItemEntity candidateUnit(Long candidateUnit) {
        this.candidateUnit = candidateUnit;
        return this;
    }

    public String candidateRole() {
        return candidateRole;
    }

    public ItemEntity candidateRole(String candidateRole) {
        this.candidateRole = candidateRole;
        return this;
    }

    public String recordType() {
        return recordType;
    }

    public ItemEntity recordType(String recordType) {
        this.recordType = recordType;
        return this;
    }

    public String recordId() {
        return recordId;
    }

    public ItemEntity recordId(String recordId) {
        this.recordId = recordId;
        return this;
    }

    public String state() {
        return state;
    }

    public ItemEntity state(String state) {
        this.state = state;
        return this;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ItemEntity createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public ItemEntity dueAt(Instant dueAt) {
        this.dueAt = dueAt;
        return this;
    }

    public Instant warnAt() {
        return warnAt;
    }

    public ItemEntity warnAt(Instant warnAt) {
        this.warnAt = warnAt;
        return this;
    }

    public Instant sortDue() {
        return sortDue;
    }

    public ItemEntity sortDue(Instant sortDue) {
        this.sortDue = sortDue;
        return this;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public ItemEntity completedAt(Instant completedAt) {
        this.completedAt = completedAt;
        return this;
    }

    public String completedBy() {
        return completedBy;
    }

    public ItemEntity completedBy(String completedBy) {
        this.completedBy = completedBy;
        return this;
    }

    public String referredBy() {
        return referredBy;
    }

    public ItemEntity referredBy(String referredBy) {
        this.referredBy = referredBy;
        return this;
    }

    public String chain() {
        return chain;
    }

    public ItemEntity chain(String chain) {
        this.chain = chain;
        return this;
    }

    public String comment() {
        return comment;
    }

    public ItemEntity comment(String comment) {
        this.comment = comment;
        return this;
    }

    public long calendarUnit() {
        return calendarUnit;
    }

    public ItemEntity calendarUnit(long calendarUnit) {
        this.calendarUnit = calendarUnit;
        return this;
    }

    public Instant slaPausedAt() {
        return slaPausedAt;
    }

    public ItemEntity slaPausedAt(Instant slaPausedAt) {
        this.slaPausedAt = slaPausedAt;
        return this;
    }

    public Long slaLeftSeconds() {
        return slaLeftSeconds;
    }

    public ItemEntity slaLeftSeconds(Long slaLeftSeconds) {
        this.slaLeftSeconds = slaLeftSeconds;
        return this;
    }

    public long lockVersion() {
        return lockVersion;
    }

    public ItemEntity lockVersion(long lockVersion) {
        this.lockVersion = lockVersion;
        return this;
    }
}
