package org.peyvand.platform.workflow.internal.calendar;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.platform.workflow.Holiday;

/** One day off; added and removed, never changed. */
@Entity
@Table(name = "wf_holiday")
public class HolidayEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wf_holiday_seq")
    @SequenceGenerator(name = "wf_holiday_seq", sequenceName = "wf_holiday_seq", allocationSize = 50)
    private Long id;

    @Column(name = "holiday_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "name_fa", nullable = false, updatable = false)
    private String nameFa;

    @Column(name = "name_en", nullable = false, updatable = false)
    private String nameEn;

    @Column(nullable = false, updatable = false)
    private boolean lunar;

    protected HolidayEntity() {
    }

    HolidayEntity(Holiday holiday) {
        this.date = holiday.date();
        this.nameFa = holiday.nameFa();
        this.nameEn = holiday.nameEn();
        this.lunar = holiday.lunar();
    }

    Holiday toHoliday() {
        return new Holiday(id, date, nameFa, nameEn, lunar);
    }
}
