package org.peyvand.module.relations.internal.jpa;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.module.relations.Link;
import org.peyvand.module.relations.LinkInput;
import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.internal.Hop;

/** A row of {@code rel_link}; its ends are accounts or contacts referenced by kind and id. */
@Entity
@Table(name = "rel_link")
public class LinkEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rel_link_seq")
    @SequenceGenerator(name = "rel_link_seq", sequenceName = "rel_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "type_id", nullable = false)
    private long typeId;

    @Column(name = "from_kind", nullable = false)
    private String fromKind;

    @Column(name = "from_id", nullable = false)
    private long fromId;

    @Column(name = "to_kind", nullable = false)
    private String toKind;

    @Column(name = "to_id", nullable = false)
    private long toId;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private String notes;

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

    protected LinkEntity() {
    }

    public LinkEntity(LinkInput valid, String owner, long ownerUnitId, Instant now) {
        this.owner = owner;
        this.ownerUnitId = ownerUnitId;
        this.createdAt = now;
        apply(valid, now);
    }

    /** Takes over validated input; owner and creation stay. */
    public void apply(LinkInput valid, Instant now) {
        typeId = valid.typeId();
        fromKind = valid.fromKind().code();
        fromId = valid.fromId();
        toKind = valid.toKind().code();
        toId = valid.toId();
        startDate = valid.startDate();
        endDate = valid.endDate();
        notes = valid.notes();
        updatedAt = now;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String owner() {
        return owner;
    }

    public long ownerUnitId() {
        return ownerUnitId;
    }

    public Hop toHop() {
        return new Hop(id, typeId, from(), to());
    }

    public Link toRecord() {
        return new Link(id, typeId, from(), to(), startDate, endDate, notes, owner, ownerUnitId, createdAt, updatedAt, version);
    }

    private RecordKey from() {
        return new RecordKey(RecordKind.of(fromKind), fromId);
    }

    private RecordKey to() {
        return new RecordKey(RecordKind.of(toKind), toId);
    }
}
