package org.peyvand.module.notes.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A row of {@code nts_list}; a dynamic list's filters are kept as JSON ({@link org.peyvand.module.notes.internal.FiltersJson}). */
@Entity
@Table(name = "nts_list")
public class ListEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nts_list_seq")
    @SequenceGenerator(name = "nts_list_seq", sequenceName = "nts_list_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    /** The name Persian-normalised, unique per owner. */
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(nullable = false)
    private String kind;

    private String filters;

    @Column(nullable = false)
    private String owner;

    @Column(name = "owner_unit_id", nullable = false)
    private long ownerUnitId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ListEntity() {
    }

    public ListEntity(String recordType, String kind, String owner, long ownerUnitId, Instant now) {
        this.recordType = recordType;
        this.kind = kind;
        this.owner = owner;
        this.ownerUnitId = ownerUnitId;
        this.createdAt = now;
    }

    public void change(String name, String nameKey, String filters, Instant now) {
        this.name = name;
        this.nameKey = nameKey;
        this.filters = filters;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String recordType() {
        return recordType;
    }

    public String kind() {
        return kind;
    }

    public String filters() {
        return filters;
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

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
