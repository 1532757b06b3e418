package org.peyvand.module.network.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.module.network.NodeInput;
import org.peyvand.module.network.NodeRole;

/** A row of {@code net_node}: the network's facts about one account, keyed by its id. */
@Entity
@Table(name = "net_node")
public class NodeEntity {
    @Id
    @Column(name = "account_id")
    private Long accountId;

    private String role;

    @Column(name = "class_id")
    private Long classId;

    @Column(name = "region_id")
    private Long regionId;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NodeEntity() {
    }

    public NodeEntity(long accountId, NodeInput valid, String username, Instant now) {
        this.accountId = accountId;
        apply(valid, username, now);
    }

    /** Takes over validated input. */
    public void apply(NodeInput valid, String username, Instant now) {
        role = valid.role() == null ? null : valid.role().name();
        classId = valid.classId();
        regionId = valid.regionId();
        updatedBy = username;
        updatedAt = now;
    }

    public long accountId() {
        return accountId;
    }

    public NodeRole role() {
        return NodeRole.of(role);
    }

    public Long classId() {
        return classId;
    }

    public Long regionId() {
        return regionId;
    }

    public long version() {
        return version;
    }

    public NodeInput toInput() {
        return new NodeInput(role(), classId, regionId);
    }
}
