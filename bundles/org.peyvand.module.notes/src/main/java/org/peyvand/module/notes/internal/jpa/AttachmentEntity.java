package org.peyvand.module.notes.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.module.notes.Attachment;

/** A row of {@code nts_attachment}; its content is in {@code nts_attachment_chunk} ({@link AttachmentChunks}). */
@Entity
@Table(name = "nts_attachment")
public class AttachmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nts_attachment_seq")
    @SequenceGenerator(name = "nts_attachment_seq", sequenceName = "nts_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "note_id", nullable = false)
    private long noteId;

    @Column(nullable = false)
    private String name;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected AttachmentEntity() {
    }

    public AttachmentEntity(long noteId, String name, String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
        this.noteId = noteId;
        this.name = name;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public long id() {
        return id;
    }

    public long noteId() {
        return noteId;
    }

    public Attachment toRecord() {
        return new Attachment(id, noteId, name, contentType, size, sha256, uploadedBy, uploadedAt);
    }
}
