package org.peyvand.module.activities.internal.jpa;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.module.activities.ActivityInput;
import org.peyvand.module.activities.ActivityKind;
import org.peyvand.module.activities.ActivityStatus;
import org.peyvand.module.activities.Recurrence;
import org.peyvand.platform.core.calendar.CalendarSystem;
import org.peyvand.platform.core.text.PersianText;

/** A row of {@code act_activity}; the schema is the module's changelog. */
@Entity
@Table(name = "act_activity")
public class ActivityEntity {
    private static final int SEARCH_KEY_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "act_activity_seq")
    @SequenceGenerator(name = "act_activity_seq", sequenceName = "act_activity_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String subject;

    /** The subject in search form, so ي/ی and digit forms match alike. */
    @Column(name = "subject_key", nullable = false)
    private String subjectKey;

    private String description;

    @Column(name = "regarding_type")
    private String regardingType;

    @Column(name = "regarding_id")
    private String regardingId;

    /** Participant codes separated by spaces ({@code user:sara contact:12}). */
    private String participants;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(nullable = false)
    private String status;

    private String outcome;

    @Column(name = "rec_frequency")
    private String frequency;

    @Column(name = "rec_interval")
    private Integer interval;

    /** ISO day numbers (1 Monday .. 7 Sunday) separated by commas. */
    @Column(name = "rec_weekdays")
    private String weekdays;

    @Column(name = "rec_calendar")
    private String calendar;

    @Column(name = "rec_until")
    private LocalDate until;

    @Column(name = "rec_count")
    private Integer count;

    @Column(name = "series_start")
    private Instant seriesStart;

    @Column(nullable = false)
    private String owner;

    @Column(name = "owner_unit_id", nullable = false)
    private long ownerUnitId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ActivityEntity() {
    }

    /** A new open activity; a recurring one starts its series at its due time. */
    public ActivityEntity(ActivityInput valid, long ownerUnitId, Instant now) {
        this.ownerUnitId = ownerUnitId;
        this.createdAt = now;
        this.status = ActivityStatus.OPEN.name();
        apply(valid, now);
    }

    /** The next occurrence of a series: the same activity, open again at {@code dueAt}. */
    public ActivityEntity nextOccurrence(Instant nextDue, Instant now) {
        ActivityEntity next = new ActivityEntity();
        next.kind = kind;
        next.subject = subject;
        next.subjectKey = subjectKey;
        next.description = description;
        next.regardingType = regardingType;
        next.regardingId = regardingId;
        next.participants = participants;
        next.dueAt = nextDue;
        next.durationMinutes = durationMinutes;
        next.status = ActivityStatus.OPEN.name();
        next.frequency = frequency;
        next.interval = interval;
        next.weekdays = weekdays;
        next.calendar = calendar;
        next.until = until;
        next.count = count;
        next.seriesStart = seriesStart;
        next.owner = owner;
        next.ownerUnitId = ownerUnitId;
        next.createdAt = now;
        next.updatedAt = now;
        return next;
    }

    /**
     * Takes over validated input; unit and creation stay. A changed rule or due time of a series
     * starts it again from the new due time.
     */
    public void apply(ActivityInput valid, Instant now) {
        Recurrence before = recurrence();
        boolean restart = valid.recurrence() != null && (!valid.recurrence().equals(before) || !valid.dueAt().equals(dueAt));
        kind = valid.kind().name();
        subject = valid.subject();
        subjectKey = searchKey(valid.subject());
        description = valid.description();
        regardingType = valid.regardingType();
        regardingId = valid.regardingId();
        participants = valid.participants().isEmpty() ? null : String.join(" ", valid.participants());
        owner = valid.owner();
        dueAt = valid.dueAt();
        durationMinutes = valid.durationMinutes();
        Recurrence rule = valid.recurrence();
        frequency = rule == null ? null : rule.frequency().name();
        interval = rule == null ? null : rule.step();
        weekdays = rule == null || rule.weekdays().isEmpty() ? null
                : rule.weekdays().stream().sorted().map(day -> String.valueOf(day.getValue())).collect(Collectors.joining(","));
        calendar = rule == null ? null : rule.calendar().name();
        until = rule == null ? null : rule.until();
        count = rule == null ? null : rule.count();
        seriesStart = rule == null ? null : restart || seriesStart == null ? dueAt : seriesStart;
        updatedAt = now;
    }

    /** The search form of a text, as stored in {@code subject_key} and compared with typed words. */
    public static String searchKey(String text) {
        String key = PersianText.normalize(text).toLowerCase(Locale.ROOT);
        return key.length() > SEARCH_KEY_MAX ? key.substring(0, SEARCH_KEY_MAX) : key;
    }

    public void finish(ActivityStatus finalStatus, String outcomeText, Instant now) {
        status = finalStatus.name();
        outcome = outcomeText;
        updatedAt = now;
    }

    public long id() {
        return id;
    }

    /** The subject's search form, the subject-order list's sort value. */
    public String subjectKey() {
        return subjectKey;
    }

    public long version() {
        return version;
    }

    public String owner() {
        return owner;
    }

    public long ownerUnitId() {
        return ownerUnitId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public ActivityStatus status() {
        return ActivityStatus.valueOf(status);
    }

    public ActivityKind kind() {
        return ActivityKind.valueOf(kind);
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public String regardingType() {
        return regardingType;
    }

    public String regardingId() {
        return regardingId;
    }

    public List<String> participantCodes() {
        return participants == null ? List.of() : Arrays.asList(participants.split(" "));
    }

    public Integer durationMinutes() {
        return durationMinutes;
    }

    public String outcome() {
        return outcome;
    }

    public Instant seriesStart() {
        return seriesStart;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The stored rule; {@code null} for a one-off. */
    public Recurrence recurrence() {
        if (frequency == null) {
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (weekdays != null) {
            Arrays.stream(weekdays.split(",")).map(day -> DayOfWeek.of(Integer.parseInt(day))).forEach(days::add);
        }
        return new Recurrence(Recurrence.Frequency.valueOf(frequency), interval, days, CalendarSystem.valueOf(calendar), until, count);
    }
}
