package org.peyvand.platform.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.NotificationService;
import org.peyvand.platform.notification.Reminder;
import org.peyvand.platform.notification.ReminderService;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders, and the clock that delivers them: every {@value #CHECK_SECONDS} seconds the reminders
 * due are claimed in one statement and each becomes a notification to its owner. A reminder is
 * claimed before it is delivered, so a failure while delivering loses it (logged) rather than ever
 * delivering it twice, on one node or on several sharing the database.
 */
@Component(service = ReminderService.class)
public class ReminderServiceImpl implements ReminderService {
    static final String DUE_MESSAGE = "notification.reminder.due";
    static final int CHECK_SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(ReminderServiceImpl.class);
    private static final String SORT = "at";
    private static final int MAX_LIMIT = 200;
    private static final int ON_RECORD = 100;

    private final ReminderStore store;
    private final NotificationService notifications;
    private final Clock clock;
    private ScheduledExecutorService timer;

    @Activate
    public ReminderServiceImpl(@Reference(target = "(osgi.unit.name=crm.notification)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.notification)") SchemaReady schema,
            @Reference NotificationService notifications) {
        this(new Transactions(jpa), notifications, Clock.systemUTC());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "crm-reminders");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::deliverDueSafely, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    ReminderServiceImpl(Transactions tx, NotificationService notifications, Clock clock) {
        this.store = new ReminderStore(tx);
        this.notifications = notifications;
        this.clock = clock;
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    @Override
    public Reminder add(Caller caller, Instant at, String note, NotificationLink link) {
        String me = signedIn(caller);
        Instant now = clock.instant();
        String text = note == null ? null : note.strip();
        Validator problems = new Validator();
        if (at == null) {
            problems.reject("at", "core.error.required");
        } else if (!at.isAfter(now)) {
            problems.reject("at", "notification.error.reminderPast");
        }
        problems.required(text, "note").maxLength(text, NOTE_MAX, "note");
        if (link != null && (!link.toRecord() || link.recordType().isBlank() || link.recordId().isBlank() || link.recordType().length() > 100
                || link.recordId().length() > 100)) {
            problems.reject("link", "core.error.invalidValue");
        }
        problems.throwIfInvalid();
        return store.add(me, at, text, link, now);
    }

    @Override
    public Page<Reminder> upcoming(Caller caller, String after, int limit) {
        String me = signedIn(caller);
        InstantCursor.checkLimit(limit, MAX_LIMIT);
        InstantCursor position = InstantCursor.decode(after, SORT);
        List<Reminder> rows = store.upcoming(me, position == null ? null : position.at(), position == null ? 0 : position.id(), limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        Reminder last = rows.get(limit - 1);
        return new Page<>(rows.subList(0, limit), InstantCursor.encode(SORT, last.at(), last.id()));
    }

    @Override
    public List<Reminder> onRecord(Caller caller, String recordType, String recordId) {
        String me = signedIn(caller);
        if (recordType == null || recordId == null) {
            return List.of();
        }
        List<Reminder> rows = store.onRecord(me, recordType, recordId, ON_RECORD);
        return Stream.concat(rows.stream().filter(Reminder::pending).sorted((a, b) -> a.at().compareTo(b.at())),
                rows.stream().filter(r -> !r.pending())).toList();
    }

    @Override
    public void cancel(Caller caller, long id) {
        if (!store.delete(signedIn(caller), id)) {
            throw new NotFoundException("notification.error.reminderNotFound", id);
        }
    }

    /** Delivers what is due now; called by the timer, and by tests with their own clock. @return how many were delivered */
    int deliverDue() {
        List<Reminder> due = store.claimDue(clock.instant(), UUID.randomUUID().toString());
        int delivered = 0;
        for (Reminder reminder : due) {
            try {
                notifications.notify(KIND, List.of(reminder.username()), DUE_MESSAGE, List.of(reminder.note()), reminder.link());
                delivered++;
            } catch (RuntimeException failure) {
                LOG.warn("Reminder {} of {} could not be delivered", reminder.id(), reminder.username(), failure);
            }
        }
        return delivered;
    }

    private void deliverDueSafely() {
        try {
            deliverDue();
        } catch (RuntimeException failure) {
            // the database may be briefly away; the next round claims what is still due
            LOG.warn("Reminders due could not be read", failure);
        }
    }

    private static String signedIn(Caller caller) {
        return Objects.requireNonNull(caller, "caller").username();
    }
}
