package org.peyvand.module.activities.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.peyvand.module.activities.Activity;
import org.peyvand.module.activities.ActivityInput;
import org.peyvand.module.activities.ActivityQuery;
import org.peyvand.module.activities.ActivityService;
import org.peyvand.module.activities.ActivityStatus;
import org.peyvand.module.activities.Occurrence;
import org.peyvand.module.activities.Participant;
import org.peyvand.module.activities.internal.jpa.ActivityEntity;
import org.peyvand.module.activities.internal.jpa.ActivityRepository;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.event.RecordEvents;
import org.peyvand.platform.core.page.KeysetCursor;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.workflow.CartableService;
import org.peyvand.platform.workflow.Referral;
import org.peyvand.platform.workflow.WorkItem;

@Component(service = ActivityService.class)
public class ActivityServiceImpl implements ActivityService {
    /** The longest calendar window: a month view with the weeks around it. */
    static final Duration CALENDAR_WINDOW = Duration.ofDays(62);
    /** The cartable's limit for an item's title. */
    static final int REFERRAL_TITLE_MAX = 300;

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final RecordLookups lookups;
    private final CartableService cartable;
    private final RecordEvents events;
    private final Clock clock;
    private final ActivityValidator validator = new ActivityValidator();

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public ActivityServiceImpl(@Reference(target = "(osgi.unit.name=crm.activities)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.activities)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference RecordAccess access, @Reference AuditTrail audit, @Reference RecordLookups lookups, @Reference CartableService cartable,
            @Reference EventAdmin events) {
        this(new Transactions(jpa), guard, access, audit, lookups, cartable, new RecordEvents(events), Clock.systemUTC());
    }

    ActivityServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, RecordLookups lookups, CartableService cartable,
            RecordEvents events, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.lookups = lookups;
        this.cartable = cartable;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Page<Activity> list(Caller caller, ActivityQuery query, PageRequest page) {
        guard.require(caller, Permissions.READ);
        String sort = page.sort() == null ? SORT_DUE : page.sort();
        if (!SORT_DUE.equals(sort) && !SORT_SUBJECT.equals(sort)) {
            throw ValidationException.of("sort", "activities.error.sort");
        }
        boolean bySubject = SORT_SUBJECT.equals(sort);
        checkRegarding(query);
        KeysetCursor after = page.cursor() == null ? null : KeysetCursor.decode(page.cursor(), sort);
        if (after != null && !bySubject) {
            checkCursor(after);
        }
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        Instant now = now();
        List<ActivityEntity> rows = tx.read(em -> new ActivityRepository(em).page(scope, query, now, bySubject, page.descending(), after,
                page.limit() + 1));
        boolean more = rows.size() > page.limit();
        List<ActivityEntity> shown = more ? rows.subList(0, page.limit()) : rows;
        RecordNames names = RecordNames.of(caller, lookups, shown);
        List<Activity> items = shown.stream().map(row -> names.toRecord(row, now)).toList();
        if (!more) {
            return new Page<>(items, null);
        }
        ActivityEntity last = shown.get(shown.size() - 1);
        return new Page<>(items, new KeysetCursor(sort, bySubject ? last.subjectKey() : last.dueAt().toString(), last.id()).encode());
    }

    @Override
    public long count(Caller caller, ActivityQuery query) {
        guard.require(caller, Permissions.READ);
        checkRegarding(query);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        Instant now = now();
        return tx.read(em -> new ActivityRepository(em).count(scope, query, now));
    }

    @Override
    public Activity get(Caller caller, long id) {
        guard.require(caller, Permissions.READ);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        ActivityEntity row = tx.read(em -> visible(em, scope, id));
        return RecordNames.of(caller, lookups, List.of(row)).toRecord(row, now());
    }

    @Override
    public Activity create(Caller caller, ActivityInput input) {
        guard.require(caller, Permissions.CREATE);
        Instant now = now();
        ActivityEntity created = tx.write(em -> check(caller, input), (em, valid) -> {
            ActivityEntity row = new ActivityRepository(em).insert(new ActivityEntity(valid, caller.unitId(), now));
            em.flush();
            audit.record(caller.username(), AuditTrail.CREATED, Permissions.TYPE, String.valueOf(row.id()), row.subject(),
                    AuditChanges.between(Map.of(), snapshot(row)));
            return row;
        });
        events.created(Permissions.TYPE, created.id(), caller.username());
        return RecordNames.of(caller, lookups, List.of(created)).toRecord(created, now);
    }

    @Override
    public Activity update(Caller caller, long id, ActivityInput input, long expectedVersion) {
        guard.require(caller, Permissions.UPDATE);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        Instant now = now();
        record Change(ActivityEntity row, Map<String, Object> before, ActivityInput valid) {
        }
        ActivityEntity changed = tx.write(em -> {
            ActivityEntity row = current(em, scope, id, expectedVersion);
            return new Change(row, snapshot(row), check(caller, input));
        }, (em, change) -> {
            change.row().apply(change.valid(), now);
            em.flush();
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.TYPE, String.valueOf(id), change.row().subject(),
                    AuditChanges.between(change.before(), snapshot(change.row())));
            return change.row();
        });
        events.updated(Permissions.TYPE, id, caller.username());
        return RecordNames.of(caller, lookups, List.of(changed)).toRecord(changed, now);
    }

    @Override
    public Completion complete(Caller caller, long id, String outcome, long expectedVersion) {
        guard.require(caller, Permissions.UPDATE);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        Instant now = now();
        String result = ActivityValidator.outcome(outcome);
        record Done(ActivityEntity row, ActivityEntity next) {
        }
        Done done = tx.write(em -> open(current(em, scope, id, expectedVersion)), (em, row) -> {
            Map<String, Object> before = snapshot(row);
            row.finish(ActivityStatus.DONE, result, now);
            em.flush();
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.TYPE, String.valueOf(id), row.subject(),
                    AuditChanges.between(before, snapshot(row)));
            ActivityEntity next = null;
            if (row.recurrence() != null) {
                Optional<Instant> nextDue = new Recurrences(row.recurrence(), row.seriesStart()).after(row.dueAt());
                if (nextDue.isPresent()) {
                    next = new ActivityRepository(em).insert(row.nextOccurrence(nextDue.get(), now));
                    em.flush();
                    audit.record(caller.username(), AuditTrail.CREATED, Permissions.TYPE, String.valueOf(next.id()), next.subject(),
                            AuditChanges.between(Map.of(), snapshot(next)));
                }
            }
            return new Done(row, next);
        });
        events.updated(Permissions.TYPE, id, caller.username());
        if (done.next() != null) {
            events.created(Permissions.TYPE, done.next().id(), caller.username());
        }
        List<ActivityEntity> rows = done.next() == null ? List.of(done.row()) : List.of(done.row(), done.next());
        RecordNames names = RecordNames.of(caller, lookups, rows);
        return new Completion(names.toRecord(done.row(), now), done.next() == null ? null : names.toRecord(done.next(), now));
    }

    /** Cancelling the open occurrence of a series ends the series: no next one is stored. */
    @Override
    public Activity cancel(Caller caller, long id, long expectedVersion) {
        guard.require(caller, Permissions.UPDATE);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        Instant now = now();
        ActivityEntity cancelled = tx.write(em -> open(current(em, scope, id, expectedVersion)), (em, row) -> {
            Map<String, Object> before = snapshot(row);
            row.finish(ActivityStatus.CANCELLED, row.outcome(), now);
            em.flush();
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.TYPE, String.valueOf(id), row.subject(),
                    AuditChanges.between(before, snapshot(row)));
            return row;
        });
        events.updated(Permissions.TYPE, id, caller.username());
        return RecordNames.of(caller, lookups, List.of(cancelled)).toRecord(cancelled, now);
    }

    @Override
    public void delete(Caller caller, long id) {
        guard.require(caller, Permissions.DELETE);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        tx.write(em -> visible(em, scope, id), (em, row) -> {
            Map<String, Object> before = snapshot(row);
            new ActivityRepository(em).delete(row);
            audit.record(caller.username(), AuditTrail.DELETED, Permissions.TYPE, String.valueOf(id), row.subject(),
                    AuditChanges.between(before, Map.of()));
            return null;
        });
        events.deleted(Permissions.TYPE, id, caller.username());
    }

    @Override
    public List<Occurrence> calendar(Caller caller, Instant from, Instant to) {
        guard.require(caller, Permissions.READ);
        if (from == null || to == null) {
            throw ValidationException.of(from == null ? "from" : "to", "core.error.required");
        }
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(CALENDAR_WINDOW) > 0) {
            throw ValidationException.of("to", "activities.error.window", CALENDAR_WINDOW.toDays());
        }
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        Instant now = now();
        List<ActivityEntity> rows = tx.read(em -> new ActivityRepository(em).calendar(scope, from, to));
        List<Occurrence> shown = new ArrayList<>();
        for (ActivityEntity row : rows) {
            boolean open = row.status() == ActivityStatus.OPEN;
            if (!row.dueAt().isBefore(from) && row.dueAt().isBefore(to)) {
                shown.add(new Occurrence(row.id(), true, row.kind(), row.subject(), row.dueAt(), row.durationMinutes(), row.status(),
                        open && row.dueAt().isBefore(now)));
            }
            if (open && row.recurrence() != null) {
                for (Instant at : new Recurrences(row.recurrence(), row.seriesStart()).between(from, to)) {
                    if (at.isAfter(row.dueAt())) {
                        shown.add(new Occurrence(row.id(), false, row.kind(), row.subject(), at, row.durationMinutes(), ActivityStatus.OPEN,
                                at.isBefore(now)));
                    }
                }
            }
        }
        shown.sort(Comparator.comparing(Occurrence::start).thenComparingLong(Occurrence::activityId));
        return shown;
    }

    @Override
    public WorkItem refer(Caller caller, long id, Referral referral) {
        Activity activity = get(caller, id);
        if (referral == null) {
            throw ValidationException.of("toUser", "core.error.required");
        }
        String title = activity.subject().length() > REFERRAL_TITLE_MAX ? activity.subject().substring(0, REFERRAL_TITLE_MAX - 1) + "…"
                : activity.subject();
        return cartable.referRecord(caller, Permissions.TYPE, String.valueOf(id), title, referral);
    }

    private ActivityInput check(Caller caller, ActivityInput input) {
        return validator.validate(input, caller.username(), caller.preferences().calendar(), new ActivityValidator.Directory() {
            @Override
            public boolean knowsType(String type) {
                return lookups.types().contains(type);
            }

            @Override
            public boolean sees(String type, String key) {
                return visible(caller, type, key);
            }

            @Override
            public String contactType() {
                return RecordNames.typeOf(Participant.Type.CONTACT);
            }

            @Override
            public String usersType() {
                return RecordLookups.USERS;
            }
        });
    }

    /**
     * Whether a record of another module or a colleague exists for the caller, through the kernel's
     * lookups: an activity never learns more about a record than its user may see.
     */
    private boolean visible(Caller caller, String type, String key) {
        try {
            return lookups.names(caller, type, List.of(key)).containsKey(key);
        } catch (CrmException unavailable) {
            return false;
        }
    }

    private static void checkRegarding(ActivityQuery query) {
        if ((query.regardingType() == null) != (query.regardingId() == null)) {
            throw ValidationException.of(query.regardingType() == null ? "regardingType" : "regardingId", "core.error.required");
        }
    }

    private static void checkCursor(KeysetCursor after) {
        try {
            Instant.parse(after.sortValue());
        } catch (DateTimeParseException e) {
            throw ValidationException.of("cursor", "core.error.cursor");
        }
    }

    /** A record outside the caller's scope answers as missing: its existence is not disclosed. */
    private static ActivityEntity visible(EntityManager em, RecordScope scope, long id) {
        return new ActivityRepository(em).find(id).filter(row -> scope.allows(row.owner(), row.ownerUnitId()))
                .orElseThrow(() -> new NotFoundException("activities.error.notFound", id));
    }

    private static ActivityEntity current(EntityManager em, RecordScope scope, long id, long expectedVersion) {
        ActivityEntity row = visible(em, scope, id);
        if (row.version() != expectedVersion) {
            throw new ConflictException("core.error.staleVersion", List.of());
        }
        return row;
    }

    private static ActivityEntity open(ActivityEntity row) {
        if (row.status() != ActivityStatus.OPEN) {
            throw ValidationException.of("status", "activities.error.notOpen");
        }
        return row;
    }

    /** What the audit trail compares: the fields by name, empty ones left out. */
    private static Map<String, Object> snapshot(ActivityEntity row) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", row.kind());
        values.put("subject", row.subject());
        values.put("description", row.description());
        values.put("regardingType", row.regardingType());
        values.put("regardingId", row.regardingId());
        values.put("participants", row.participantCodes().isEmpty() ? null : String.join(" ", row.participantCodes()));
        values.put("owner", row.owner());
        values.put("dueAt", row.dueAt());
        values.put("durationMinutes", row.durationMinutes());
        values.put("status", row.status());
        values.put("outcome", row.outcome());
        values.put("recurrence", row.recurrence());
        values.values().removeIf(value -> value == null);
        return values;
    }

    /** Milliseconds, as the database keeps them, so what is returned equals what is read later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
