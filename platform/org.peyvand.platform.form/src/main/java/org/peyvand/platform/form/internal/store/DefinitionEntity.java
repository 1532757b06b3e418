package org.peyvand.platform.form.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One published version of a form; written once, never changed. */
@Entity
@Table(name = "frm_definition")
public class DefinitionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_definition_seq")
    @SequenceGenerator(name = "frm_definition_seq", sequenceName = "frm_definition_seq", allocationSize = 50)
    private Long id;

    @Column(name = "form_key", nullable = false, updatable = false)
    private String key;

    @Column(nullable = false, updatable = false)
    private int version;

    /** CLOB on Derby, TEXT on PostgreSQL; read and written as a string, which both accept (a @Lob would be an OID on PostgreSQL). */
    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(updatable = false)
    private String comment;

    protected DefinitionEntity() {
    }

    public DefinitionEntity(String key, int version, String body, String publishedBy, Instant publishedAt, String comment) {
        this.key = key;
        this.version = version;
        this.body = body;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.comment = comment;
    }

    public String key() {
        return key;
    }

    public int version() {
        return version;
    }

    public String body() {
        return body;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String comment() {
        return comment;
    }
}
