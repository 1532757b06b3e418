package org.peyvand.platform.report.internal.schedule;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.platform.report.ExportFormat;
import org.peyvand.platform.report.ReportSchedule;

/** A saved report's schedule: whose, what and when, and how its last run went. */
@Entity
@Table(name = "rpt_schedule")
public class ScheduleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rpt_schedule_seq")
    @SequenceGenerator(name = "rpt_schedule_seq", sequenceName = "rpt_schedule_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_key", nullable = false, updatable = false)
    private String report;

    @Column(name = "owner", nullable = false, updatable = false)
    private String owner;

    @Column(name = "format", nullable = false, updatable = false)
    private String format;

    @Column(name = "frequency", nullable = false, updatable = false)
    private String frequency;

    @Column(name = "run_day", updatable = false)
    private Integer day;

    @Column(name = "run_hour", nullable = false, updatable = false)
    private int hour;

    @Column(name = "next_run_at", nullable = false)
    private Instant nextRun;

    @Column(name = "last_run_at")
    private Instant lastRun;

    @Column(name = "last_export")
    private String lastExport;

    @Column(name = "last_error")
    private String lastError;

    public ScheduleEntity() {
    }

    ScheduleEntity(String owner, ReportSchedule schedule, Instant nextRun) {
        this.owner = owner;
        this.report = schedule.report();
        this.format = schedule.format().name();
        this.frequency = schedule.frequency().name();
        this.day = schedule.frequency() == ReportSchedule.Frequency.DAILY ? null : schedule.day();
        this.hour = schedule.hour();
        this.nextRun = nextRun;
    }

    long id() {
        return id;
    }

    String owner() {
        return owner;
    }

    Instant nextRun() {
        return nextRun;
    }

    /** How the last run went: the export it started, or why it could not start one. */
    void ran(String export, String error) {
        this.lastExport = export;
        this.lastError = error;
    }

    ReportSchedule toSchedule() {
        return new ReportSchedule(id, report, ExportFormat.valueOf(format), ReportSchedule.Frequency.valueOf(frequency), day, hour, nextRun,
                lastRun, lastExport, lastError);
    }
}
