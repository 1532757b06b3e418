package org.peyvand.module.accounts.internal.jpa;

import java.time.Instant;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** One search token of a contact. */
@Entity
@Table(name = "acc_contact_token")
@AttributeOverride(name = "recordId", column = @Column(name = "contact_id"))
public class ContactTokenEntity extends TokenRow {

    protected ContactTokenEntity() {
    }

    public ContactTokenEntity(long recordId, String token, String sortName, Instant createdAt) {
        super(recordId, token, sortName, createdAt);
    }
}
