package org.peyvand.module.accounts.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.peyvand.module.accounts.Phone;

@Entity
@Table(name = "acc_account_phone")
@IdClass(AccountItemKey.class)
public class AccountPhoneEntity {
    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    private int ordinal;

    @Column(nullable = false)
    private String kind;

    @Column(name = "phone_number", nullable = false)
    private String number;

    protected AccountPhoneEntity() {
    }

    public AccountPhoneEntity(long accountId, int ordinal, Phone phone) {
        this.accountId = accountId;
        this.ordinal = ordinal;
        this.kind = phone.kind();
        this.number = phone.number();
    }
}
