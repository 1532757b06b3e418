package org.peyvand.module.accounts.internal.jpa;

import java.time.Instant;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** One search token of an account. */
@Entity
@Table(name = "acc_account_token")
@AttributeOverride(name = "recordId", column = @Column(name = "account_id"))
public class AccountTokenEntity extends TokenRow {

    protected AccountTokenEntity() {
    }

    public AccountTokenEntity(long recordId, String token, String sortName, Instant createdAt) {
        super(recordId, token, sortName, createdAt);
    }
}
