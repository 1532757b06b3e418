package org.peyvand.module.accounts.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

/**
 * The bookkeeping every record row carries: its list sort key, owner and owner unit, creation and change times,
 * and the version that guards against lost updates.
 */
@MappedSuperclass
abstract class RecordRow {
    @Column(name = "sort_name", nullable = false)
    private String sortName;

    @Column(nullable = false)
    private String owner;

    @Column(name = "owner_unit_id", nullable = false, updatable = false)
    private long ownerUnitId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RecordRow() {
    }

    protected RecordRow(Instant created, long ownerUnitId) {
        this.createdAt = created;
        this.ownerUnitId = ownerUnitId;
    }

    /** Records a change of the row's values; the version moves on when the change is flushed. */
    protected void changed(String newSortName, String newOwner, Instant now) {
        sortName = newSortName;
        owner = newOwner;
        updatedAt = now;
    }

    public String sortName() {
        return sortName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public String owner() {
        return owner;
    }

    /** The org unit the record belongs to: that of the user who created it. */
    public long ownerUnitId() {
        return ownerUnitId;
    }

    protected Instant updatedAt() {
        return updatedAt;
    }
}
