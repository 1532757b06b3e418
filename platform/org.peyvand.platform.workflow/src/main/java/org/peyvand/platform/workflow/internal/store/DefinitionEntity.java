package org.peyvand.platform.workflow.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One deployed version of a process; written once, never changed. */
@Entity
@Table(name = "wf_definition")
public class DefinitionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wf_definition_seq")
    @SequenceGenerator(name = "wf_definition_seq", sequenceName = "wf_definition_seq", allocationSize = 50)
    private Long id;

    @Column(name = "process_key", updatable = false)
    private String processKey;

    @Column(name = "version", updatable = false)
    private int version;

    @Column(name = "name", updatable = false)
    private String name;

    @Column(name = "bpmn_xml", updatable = false)
    private String bpmnXml;

    @Column(name = "checksum", updatable = false)
    private String checksum;

    @Column(name = "deployed_by", updatable = false)
    private String deployedBy;

    @Column(name = "deployed_at", updatable = false)
    private Instant deployedAt;

    @Column(name = "comment", updatable = false)
    private String comment;

    public DefinitionEntity() {
    }

    public long id() {
        return id;
    }

    public String processKey() {
        return processKey;
    }

    public DefinitionEntity processKey(String processKey) {
        this.processKey = processKey;
        return this;
    }

    public int version() {
        return version;
    }

    public DefinitionEntity version(int version) {
        this.version = version;
        return this;
    }

    public String name() {
        return name;
    }

    public DefinitionEntity name(String name) {
        this.name = name;
        return this;
    }

    public String bpmnXml() {
        return bpmnXml;
    }

    public DefinitionEntity bpmnXml(String bpmnXml) {
        this.bpmnXml = bpmnXml;
        return this;
    }

    public String checksum() {
        return checksum;
    }

    public DefinitionEntity checksum(String checksum) {
        this.checksum = checksum;
        return this;
    }

    public String deployedBy() {
        return deployedBy;
    }

    public DefinitionEntity deployedBy(String deployedBy) {
        this.deployedBy = deployedBy;
        return this;
    }

    public Instant deployedAt() {
        return deployedAt;
    }

    public DefinitionEntity deployedAt(Instant deployedAt) {
        this.deployedAt = deployedAt;
        return this;
    }

    public String comment() {
        return comment;
    }

    public DefinitionEntity comment(String comment) {
        this.comment = comment;
        return this;
    }
}
