package org.peyvand.module.accounts.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One search token of a account, with the account's sort keys so token scans need no join. */
@Entity
@Table(name = "acc_account_token")
@IdClass(TokenKey.class)
public class AccountTokenEntity {
    @Id
    @Column(name = "account_id")
    private long recordId;

    @Id
    private String token;

    @Column(name = "sort_name", nullable = false)
    private String sortName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccountTokenEntity() {
    }

    public AccountTokenEntity(long recordId, String token, String sortName, Instant createdAt) {
        this.recordId = recordId;
        this.token = token;
        this.sortName = sortName;
        this.createdAt = createdAt;
    }
}
