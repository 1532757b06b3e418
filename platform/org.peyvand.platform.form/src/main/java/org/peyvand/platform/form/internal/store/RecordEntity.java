package org.peyvand.platform.form.internal.store;

import java.time.Instant;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.platform.form.CustomRecord;

/** A record of a designed record type: who owns it and when it changed; its values are in frm_value. */
@Entity
@Table(name = "frm_record")
public class RecordEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_record_seq")
    @SequenceGenerator(name = "frm_record_seq", sequenceName = "frm_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String type;

    @Column(nullable = false)
    private String owner;

    @Column(name = "owner_unit_id", nullable = false)
    private long ownerUnitId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RecordEntity() {
    }

    public RecordEntity(String type, String owner, long ownerUnitId, Instant now) {
        this.type = type;
        this.owner = owner;
        this.ownerUnitId = ownerUnitId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String owner() {
        return owner;
    }

    public long ownerUnitId() {
        return ownerUnitId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    public CustomRecord toRecord(Map<String, Object> values) {
        return new CustomRecord(id, type, owner, createdAt, updatedAt, version, values);
    }
}
