package org.peyvand.module.accounts.internal.jpa;

import java.time.Instant;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.Phone;
import org.peyvand.module.accounts.internal.SortKeys;

/** An organisation's own row; its phones and addresses live in their tables, linked by id. */
@Entity
@Table(name = "acc_account")
public class AccountEntity extends RecordRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_account_seq")
    @SequenceGenerator(name = "acc_account_seq", sequenceName = "acc_account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "national_id")
    private String nationalId;

    @Column(name = "economic_code")
    private String economicCode;

    @Column(name = "registration_number")
    private String registrationNumber;

    private String industry;

    private String website;

    @Column(name = "parent_id")
    private Long parentId;

    protected AccountEntity() {
    }

    public AccountEntity(AccountInput valid, long ownerUnitId, Instant now) {
        super(now, ownerUnitId);
        assign(valid, now);
    }

    /** Takes over validated input; the version moves on when the change is flushed. */
    public void apply(AccountInput valid, Instant now) {
        assign(valid, now);
    }

    private void assign(AccountInput valid, Instant now) {
        name = valid.name();
        nationalId = valid.nationalId();
        economicCode = valid.economicCode();
        registrationNumber = valid.registrationNumber();
        industry = valid.industry();
        website = valid.website();
        parentId = valid.parentId();
        changed(SortKeys.of(valid.name()), valid.owner(), now);
    }

    public Account toAccount(List<Phone> phones, List<Address> addresses, String parentName) {
        return new Account(id, name, nationalId, economicCode, registrationNumber, industry, phones, addresses,
                website, owner(), parentId, parentName, createdAt(), updatedAt(), version());
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Long parentId() {
        return parentId;
    }
}
