package org.peyvand.module.occasions.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.module.occasions.CompanyEvent;
import org.peyvand.module.occasions.CompanyEventInput;

/** A row of {@code occ_event}: a company event, yearly on a Jalali day or once on a date. */
@Entity
@Table(name = "occ_event")
public class EventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "occ_event_seq")
    @SequenceGenerator(name = "occ_event_seq", sequenceName = "occ_event_seq", allocationSize = 50)
    private Long id;
    @Column(name = "name_fa", nullable = false)
    private String nameFa;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "month_no")
    private Integer month;
    @Column(name = "day_no")
    private Integer day;
    @Column(name = "single_date")
    private LocalDate date;
    @Version
    private long version;

    protected EventEntity() {
    }

    public EventEntity(CompanyEventInput valid) {
        change(valid);
    }

    public final void change(CompanyEventInput valid) {
        nameFa = valid.nameFa();
        nameEn = valid.nameEn();
        month = valid.month();
        day = valid.day();
        date = valid.date();
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public CompanyEvent toRecord() {
        return new CompanyEvent(id, nameFa, nameEn, month, day, date, version);
    }
}
