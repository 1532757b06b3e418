package org.peyvand.platform.form.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.platform.form.StoredFile;

/** An uploaded file's description and holder; its content is in frm_file_chunk. */
@Entity
@Table(name = "frm_file")
public class FileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_file_seq")
    @SequenceGenerator(name = "frm_file_seq", sequenceName = "frm_file_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "field")
    private String field;

    protected FileEntity() {
    }

    public FileEntity(String name, String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
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

    public String uploadedBy() {
        return uploadedBy;
    }

    public boolean held() {
        return recordType != null;
    }

    public boolean heldBy(String type, long record, String fieldName) {
        return type.equals(recordType) && recordId != null && recordId == record && fieldName.equals(field);
    }

    public String recordType() {
        return recordType;
    }

    public Long recordId() {
        return recordId;
    }

    public String field() {
        return field;
    }

    public void holdBy(String type, long record, String fieldName) {
        this.recordType = type;
        this.recordId = record;
        this.field = fieldName;
    }

    public StoredFile toFile() {
        return new StoredFile(id, name, contentType, size, sha256, uploadedBy, uploadedAt);
    }
}
