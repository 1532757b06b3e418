package org.peyvand.platform.workflow.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.platform.workflow.WorkingWeek;

/** One span of work of a unit on a weekday, in minutes after midnight; a unit's week is replaced whole. */
@Entity
@Table(name = "wf_working_shift")
public class ShiftEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wf_working_shift_seq")
    @SequenceGenerator(name = "wf_working_shift_seq", sequenceName = "wf_working_shift_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    /** ISO: 1 is Monday, 7 Sunday. */
    @Column(name = "day_of_week", nullable = false, updatable = false)
    private int dayOfWeek;

    @Column(name = "start_minute", nullable = false, updatable = false)
    private int startMinute;

    @Column(name = "end_minute", nullable = false, updatable = false)
    private int endMinute;

    protected ShiftEntity() {
    }

    ShiftEntity(long unitId, WorkingWeek.Shift shift) {
        this.unitId = unitId;
        this.dayOfWeek = shift.day().getValue();
        this.startMinute = minutes(shift.start());
        this.endMinute = minutes(shift.end());
    }

    long unitId() {
        return unitId;
    }

    WorkingWeek.Shift toShift() {
        return new WorkingWeek.Shift(DayOfWeek.of(dayOfWeek), LocalTime.of(startMinute / 60, startMinute % 60),
                LocalTime.of(endMinute / 60, endMinute % 60));
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
