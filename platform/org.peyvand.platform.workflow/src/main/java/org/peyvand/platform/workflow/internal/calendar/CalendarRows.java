package org.peyvand.platform.workflow.internal.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

/** The stored holidays and working shifts. */
final class CalendarRows {
    private final EntityManager em;

    CalendarRows(EntityManager em) {
        this.em = em;
    }

    /** Holidays from {@code from} up to, not including, {@code until}, in date order. */
    List<HolidayEntity> holidays(LocalDate from, LocalDate until) {
        return em.createQuery("SELECT h FROM HolidayEntity h WHERE h.date >= :from AND h.date < :until ORDER BY h.date",
                HolidayEntity.class).setParameter("from", from).setParameter("until", until).getResultList();
    }

    List<LocalDate> holidayDates() {
        return em.createQuery("SELECT h.date FROM HolidayEntity h", LocalDate.class).getResultList();
    }

    Optional<HolidayEntity> holidayOn(LocalDate date) {
        return em.createQuery("SELECT h FROM HolidayEntity h WHERE h.date = :date", HolidayEntity.class)
                .setParameter("date", date).getResultList().stream().findFirst();
    }

    Optional<HolidayEntity> holiday(long id) {
        return Optional.ofNullable(em.find(HolidayEntity.class, id));
    }

    void add(HolidayEntity holiday) {
        em.persist(holiday);
    }

    void remove(HolidayEntity holiday) {
        em.remove(holiday);
    }

    List<ShiftEntity> shifts() {
        return em.createQuery("SELECT s FROM ShiftEntity s", ShiftEntity.class).getResultList();
    }

    List<ShiftEntity> shiftsOf(Collection<Long> unitIds) {
        return em.createQuery("SELECT s FROM ShiftEntity s WHERE s.unitId IN :units", ShiftEntity.class)
                .setParameter("units", unitIds).getResultList();
    }

    void removeShiftsOf(long unitId) {
        em.createQuery("DELETE FROM ShiftEntity s WHERE s.unitId = :unit").setParameter("unit", unitId).executeUpdate();
    }

    void add(ShiftEntity shift) {
        em.persist(shift);
    }
}
