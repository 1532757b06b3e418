package org.peyvand.module.occasions.internal.jpa;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * A row of {@code occ_anniversary}: one of a contact's dates (its birth date or a custom date field,
 * named by {@code source}) as Jalali month*100+day, with the date itself for the years counted and
 * what a greeting needs of the contact.
 */
@Entity
@Table(name = "occ_anniversary")
@IdClass(AnniversaryEntity.Key.class)
public class AnniversaryEntity {
    @Id
    @Column(name = "contact_id")
    private long contactId;
    @Id
    @Column(name = "source")
    private String source;
    @Column(name = "month_day", nullable = false)
    private int monthDay;
    @Column(name = "since", nullable = false)
    private LocalDate since;
    @Column(name = "contact_name", nullable = false)
    private String name;
    private String owner;

    protected AnniversaryEntity() {
    }

    public AnniversaryEntity(long contactId, String source, LocalDate since, int monthDay, String name, String owner) {
        this.contactId = contactId;
        this.source = source;
        change(since, monthDay, name, owner);
    }

    public final void change(LocalDate since, int monthDay, String name, String owner) {
        this.since = since;
        this.monthDay = monthDay;
        this.name = name;
        this.owner = owner;
    }

    public long contactId() {
        return contactId;
    }

    public String source() {
        return source;
    }

    public LocalDate since() {
        return since;
    }

    public String name() {
        return name;
    }

    public String owner() {
        return owner;
    }

    /** The composite key: a contact and one of its dates. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long contactId;
        private String source;

        public Key() {
        }

        public Key(long contactId, String source) {
            this.contactId = contactId;
            this.source = source;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.contactId == contactId && Objects.equals(key.source, source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contactId, source);
        }
    }
}
