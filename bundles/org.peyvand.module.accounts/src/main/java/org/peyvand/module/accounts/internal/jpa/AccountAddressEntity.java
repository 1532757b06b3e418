package org.peyvand.module.accounts.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import org.peyvand.module.accounts.Address;

@Entity
@Table(name = "acc_account_address")
@IdClass(AccountItemKey.class)
public class AccountAddressEntity {
    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    private int ordinal;

    private String province;

    private String city;

    @Column(name = "address_line")
    private String line;

    @Column(name = "postal_code")
    private String postalCode;

    protected AccountAddressEntity() {
    }

    public AccountAddressEntity(long accountId, int ordinal, Address address) {
        this.accountId = accountId;
        this.ordinal = ordinal;
        this.province = address.province();
        this.city = address.city();
        this.line = address.line();
        this.postalCode = address.postalCode();
    }
}
