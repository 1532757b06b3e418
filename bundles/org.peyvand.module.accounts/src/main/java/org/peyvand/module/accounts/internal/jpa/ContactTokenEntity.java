package org.peyvand.module.accounts.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One search token of a contact, with the contact's sort keys so token scans need no join. */
@Entity
@Table(name = "acc_contact_token")
@IdClass(TokenKey.class)
public class ContactTokenEntity {
    @Id
    @Column(name = "contact_id")
    private long recordId;

    @Id
    private String token;

    @Column(name = "sort_name", nullable = false)
    private String sortName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContactTokenEntity() {
    }

    public ContactTokenEntity(long recordId, String token, String sortName, Instant createdAt) {
        this.recordId = recordId;
        this.token = token;
        this.sortName = sortName;
        this.createdAt = createdAt;
    }
}
