package org.peyvand.module.accounts.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.MappedSuperclass;

/**
 * One search token of a record, with the record's sort keys so token scans need no join. Each
 * record type has its own token table; the subclasses name it and the record id column.
 */
@MappedSuperclass
@IdClass(TokenKey.class)
abstract class TokenRow {
    @Id
    private long recordId;

    @Id
    private String token;

    @Column(name = "sort_name", nullable = false)
    private String sortName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TokenRow() {
    }

    protected TokenRow(long recordId, String token, String sortName, Instant createdAt) {
        this.recordId = recordId;
        this.token = token;
        this.sortName = sortName;
        this.createdAt = createdAt;
    }
}
