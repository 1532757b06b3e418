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

/** A row of {@code nts_note}: a note on a record referenced by type and id. */
@Entity
@Table(name = "nts_note")
public class NoteEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nts_note_seq")
    @SequenceGenerator(name = "nts_note_seq", sequenceName = "nts_note_seq", allocationSize = 50)
    private Long id;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private String author;

    @Column(name = "author_unit_id", nullable = false)
    private long authorUnitId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NoteEntity() {
    }

    public NoteEntity(String recordType, long recordId, String text, boolean pinned, String author, long authorUnitId, Instant now) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.author = author;
        this.authorUnitId = authorUnitId;
        this.createdAt = now;
        change(text, pinned, now);
    }

    public void change(String text, boolean pinned, Instant now) {
        this.body = text;
        this.pinned = pinned;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public String recordType() {
        return recordType;
    }

    public long recordId() {
        return recordId;
    }

    public String text() {
        return body;
    }

    public boolean pinned() {
        return pinned;
    }

    public String author() {
        return author;
    }

    public long authorUnitId() {
        return authorUnitId;
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
