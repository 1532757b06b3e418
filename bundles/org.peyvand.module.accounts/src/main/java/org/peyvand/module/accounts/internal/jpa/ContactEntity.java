package org.peyvand.module.accounts.internal.jpa;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.internal.SortKeys;

@Entity
@Table(name = "acc_contact")
public class ContactEntity extends RecordRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_contact_seq")
    @SequenceGenerator(name = "acc_contact_seq", sequenceName = "acc_contact_seq", allocationSize = 50)
    private Long id;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "national_code")
    private String nationalCode;

    private String mobile;

    private String email;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "job_title")
    private String jobTitle;

    protected ContactEntity() {
    }

    public ContactEntity(ContactInput valid, String owner, long ownerUnitId, Instant now) {
        super(now, ownerUnitId);
        assign(valid, owner, now);
    }

    /** Takes over validated input; the owner stays. */
    public void apply(ContactInput valid, Instant now) {
        assign(valid, owner(), now);
    }

    private void assign(ContactInput valid, String owner, Instant now) {
        firstName = valid.firstName();
        lastName = valid.lastName();
        nationalCode = valid.nationalCode();
        mobile = valid.mobile();
        email = valid.email();
        birthDate = valid.birthDate();
        accountId = valid.accountId();
        jobTitle = valid.jobTitle();
        changed(SortKeys.ofPerson(valid.firstName(), valid.lastName()), owner, now);
    }

    public Contact toContact(String accountName) {
        return new Contact(id, firstName, lastName, nationalCode, mobile, email, birthDate, accountId, accountName,
                jobTitle, owner(), createdAt(), updatedAt(), version());
    }

    public ContactInput toInput() {
        return new ContactInput(firstName, lastName, nationalCode, mobile, email, birthDate, accountId, jobTitle);
    }

    public long id() {
        return id;
    }
}
