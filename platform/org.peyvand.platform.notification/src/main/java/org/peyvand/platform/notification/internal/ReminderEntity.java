package org.peyvand.platform.notification.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.Reminder;

/** A reminder a user set; {@code fired_at} and {@code fired_by} are written once, by the node that delivers it. */
@Entity
@Table(name = "ntf_reminder")
public class ReminderEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ntf_reminder_seq")
    @SequenceGenerator(name = "ntf_reminder_seq", sequenceName = "ntf_reminder_seq", allocationSize = 50)
    @Column(name = "id")
    private long id;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "remind_at", nullable = false)
    private Instant remindAt;

    @Column(name = "note", nullable = false)
    private String note;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "record_id")
    private String recordId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "fired_at")
    private Instant firedAt;

    @Column(name = "fired_by")
    private String firedBy;

    public ReminderEntity() {
    }

    ReminderEntity(String username, Instant remindAt, String note, NotificationLink link, Instant createdAt) {
        this.username = username;
        this.remindAt = remindAt;
        this.note = note;
        if (link != null) {
            this.recordType = link.recordType();
            this.recordId = link.recordId();
        }
        this.createdAt = createdAt;
    }

    Reminder view() {
        return new Reminder(id, username, remindAt, note, recordType == null ? null : NotificationLink.record(recordType, recordId), createdAt,
                firedAt);
    }
}
