package org.peyvand.module.tickets.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.peyvand.module.tickets.Ticket;
import org.peyvand.module.tickets.TicketInput;
import org.peyvand.module.tickets.TicketMessage;
import org.peyvand.module.tickets.TicketQueue;
import org.peyvand.module.tickets.TicketService;
import org.peyvand.module.tickets.TicketStatus;
import org.peyvand.module.tickets.internal.jpa.MessageEntity;
import org.peyvand.module.tickets.internal.jpa.SlaPolicyRepository;
import org.peyvand.module.tickets.internal.jpa.StatusChangeEntity;
import org.peyvand.module.tickets.internal.jpa.TicketEntity;
import org.peyvand.module.tickets.internal.jpa.TicketRepository;
import org.peyvand.module.tickets.internal.jpa.TicketRepository.QueuePosition;
import org.peyvand.module.tickets.internal.sla.SlaPolicies;
import org.peyvand.module.tickets.internal.sla.SlaTurn;
import org.peyvand.module.tickets.internal.sla.TicketTiming;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.CrmException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.error.Validator;
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
import org.peyvand.platform.workflow.BusinessCalendarService;

@Component(service = TicketService.class)
public class TicketServiceImpl implements TicketService {
    static final String REPLIED = "ticket.replied";
    static final String NOTED = "ticket.noted";

    private final Transactions tx;
    private final AccessGuard guard;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final RecordLookups lookups;
    private final RecordEvents events;
    private final BusinessCalendarService calendars;
    private final Clock clock;

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public TicketServiceImpl(@Reference(target = "(osgi.unit.name=crm.tickets)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.tickets)") SchemaReady schema, @Reference AccessGuard guard,
            @Reference RecordAccess access, @Reference AuditTrail audit, @Reference RecordLookups lookups, @Reference EventAdmin events,
            @Reference BusinessCalendarService calendars) {
        this(new Transactions(jpa), guard, access, audit, lookups, new RecordEvents(events), calendars, Clock.systemUTC());
    }

    TicketServiceImpl(Transactions tx, AccessGuard guard, RecordAccess access, AuditTrail audit, RecordLookups lookups, RecordEvents events,
            BusinessCalendarService calendars, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.lookups = lookups;
        this.events = events;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public Ticket get(Caller caller, long id) {
        guard.require(caller, Permissions.READ);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        return tx.read(em -> visible(em, scope, id).toRecord());
    }

    @Override
    public Page<Ticket> queue(Caller caller, TicketQueue queue, PageRequest page) {
        guard.require(caller, Permissions.READ);
        new Validator().check(queue != null, "queue", "core.error.required").throwIfInvalid();
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        QueuePosition after = page.cursor() == null ? null : position(KeysetCursor.decode(page.cursor(), QUEUE_SORT));
        String assignee = queue.assignee() == null || queue.assignee().isBlank() ? null : queue.assignee().strip();
        List<Ticket> rows = tx.read(em -> new TicketRepository(em).queue(scope, new TicketQueue(queue.unitId(), assignee), after,
                page.limit() + 1).stream().map(TicketEntity::toRecord).toList());
        boolean more = rows.size() > page.limit();
        List<Ticket> shown = more ? rows.subList(0, page.limit()) : rows;
        return new Page<>(shown, more ? cursorAfter(shown.get(shown.size() - 1)) : null);
    }

    private static QueuePosition position(KeysetCursor cursor) {
        try {
            return new QueuePosition(cursor.sortValue().isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(cursor.sortValue())), cursor.id());
        } catch (NumberFormatException malformed) {
            throw ValidationException.of("cursor", "core.error.cursor");
        }
    }

    private static String cursorAfter(Ticket last) {
        Instant due = last.resolution().dueAt();
        return new KeysetCursor(QUEUE_SORT, due == null ? "" : String.valueOf(due.toEpochMilli()), last.id()).encode();
    }

    @Override
    public Ticket create(Caller caller, TicketInput input) {
        guard.require(caller, Permissions.CREATE);
        List<SlaTurn> turns = new ArrayList<>();
        Ticket created = tx.write(em -> valid(caller, em, input), (em, valid) -> {
            Instant now = now();
            TicketRepository tickets = new TicketRepository(em);
            TicketEntity row = tickets.insert(new TicketEntity(valid, caller.username(), caller.unitId(), now));
            em.flush();
            tickets.insert(new StatusChangeEntity(row.id(), TicketStatus.NEW, now, caller.username()));
            Ticket stored = timed(em, row, now, turns);
            audit.record(caller.username(), AuditTrail.CREATED, Permissions.TYPE, String.valueOf(stored.id()), stored.subject(),
                    AuditChanges.between(Map.of(), snapshot(stored)));
            return stored;
        });
        events.created(Permissions.TYPE, created.id(), caller.username());
        announce(turns, caller);
        return created;
    }

    @Override
    public Ticket update(Caller caller, long id, TicketInput input, long expectedVersion) {
        guard.require(caller, Permissions.UPDATE);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        record Change(TicketEntity row, Ticket before, TicketInput valid) {
        }
        List<SlaTurn> turns = new ArrayList<>();
        Ticket changed = tx.write(em -> {
            TicketEntity row = editable(current(visible(em, scope, id), expectedVersion));
            return new Change(row, row.toRecord(), valid(caller, em, input));
        }, (em, change) -> {
            Instant now = now();
            change.row().apply(change.valid(), now);
            Ticket after = timed(em, change.row(), now, turns);
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.TYPE, String.valueOf(id), after.subject(),
                    AuditChanges.between(snapshot(change.before()), snapshot(after)));
            return after;
        });
        events.updated(Permissions.TYPE, id, caller.username());
        announce(turns, caller);
        return changed;
    }

    @Override
    public Ticket changeStatus(Caller caller, long id, TicketStatus status, long expectedVersion) {
        guard.require(caller, Permissions.UPDATE);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        List<SlaTurn> turns = new ArrayList<>();
        Ticket changed = tx.write(em -> {
            TicketEntity row = current(visible(em, scope, id), expectedVersion);
            new Validator().check(status != null, "status", "core.error.required").throwIfInvalid();
            new Validator().check(row.status().canMoveTo(status), "status", "tickets.error.transition")
                    .throwIfInvalid();
            return row;
        }, (em, row) -> {
            Ticket before = row.toRecord();
            Ticket after = moved(em, row, status, caller, turns);
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.TYPE, String.valueOf(id), after.subject(),
                    AuditChanges.between(snapshot(before), snapshot(after)));
            return after;
        });
        events.updated(Permissions.TYPE, id, caller.username());
        announce(turns, caller);
        return changed;
    }

    @Override
    public Ticket assign(Caller caller, long id, long unitId, String assignee, long expectedVersion) {
        guard.require(caller, Permissions.ASSIGN);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        String colleague = assignee == null || assignee.isBlank() ? null : assignee.strip();
        List<SlaTurn> turns = new ArrayList<>();
        Ticket changed = tx.write(em -> {
            TicketEntity row = editable(current(visible(em, scope, id), expectedVersion));
            new Validator().check(visible(caller, RecordLookups.ORG_UNITS, String.valueOf(unitId)), "unitId", "tickets.error.unitMissing")
                    .check(colleague == null || visible(caller, RecordLookups.USERS, colleague), "assignee", "tickets.error.assigneeMissing")
                    .throwIfInvalid();
            return row;
        }, (em, row) -> {
            Ticket before = row.toRecord();
            row.assign(unitId, colleague, now());
            boolean waiting = row.status() == TicketStatus.NEW || row.status() == TicketStatus.REOPENED;
            Ticket after = waiting ? moved(em, row, TicketStatus.ASSIGNED, caller, turns) : timed(em, row, now(), turns);
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.TYPE, String.valueOf(id), after.subject(),
                    AuditChanges.between(snapshot(before), snapshot(after)));
            return after;
        });
        events.updated(Permissions.TYPE, id, caller.username());
        announce(turns, caller);
        return changed;
    }

    @Override
    public TicketMessage reply(Caller caller, long id, String body) {
        return message(caller, id, body, false);
    }

    @Override
    public TicketMessage note(Caller caller, long id, String body) {
        return message(caller, id, body, true);
    }

    @Override
    public Ticket rate(Caller caller, long id, int score, long expectedVersion) {
        guard.require(caller, Permissions.UPDATE);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        Ticket rated = tx.write(em -> {
            TicketEntity row = current(visible(em, scope, id), expectedVersion);
            if (row.status().open()) {
                throw new ConflictException("tickets.error.notResolved", List.of());
            }
            if (row.toRecord().satisfaction() != null) {
                throw new ConflictException("tickets.error.alreadyRated", List.of());
            }
            new Validator().check(score >= 1 && score <= 5, "score", "tickets.error.score").throwIfInvalid();
            return row;
        }, (em, row) -> {
            Ticket before = row.toRecord();
            row.rate(score, now());
            em.flush();
            Ticket after = row.toRecord();
            audit.record(caller.username(), AuditTrail.UPDATED, Permissions.TYPE, String.valueOf(id), after.subject(),
                    AuditChanges.between(snapshot(before), snapshot(after)));
            return after;
        });
        events.updated(Permissions.TYPE, id, caller.username());
        return rated;
    }

    @Override
    public List<TicketMessage> messages(Caller caller, long id) {
        guard.require(caller, Permissions.READ);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        return tx.read(em -> {
            visible(em, scope, id);
            return new TicketRepository(em).messages(id);
        });
    }

    private TicketMessage message(Caller caller, long id, String body, boolean internal) {
        guard.require(caller, Permissions.UPDATE);
        RecordScope scope = access.scope(caller, Permissions.TYPE);
        record Message(TicketEntity row, String text) {
        }
        List<SlaTurn> turns = new ArrayList<>();
        TicketMessage written = tx.write(em -> {
            return new Message(editable(visible(em, scope, id)), TicketValidator.message(body));
        }, (em, message) -> {
            Instant now = now();
            TicketRepository tickets = new TicketRepository(em);
            MessageEntity row = tickets.insert(new MessageEntity(id, internal, message.text(), caller.username(), now));
            if (!internal && message.row().firstResponseAt() == null) {
                message.row().responded(now);
                timed(em, message.row(), now, turns);
            }
            em.flush();
            audit.record(caller.username(), internal ? NOTED : REPLIED, Permissions.TYPE, String.valueOf(id), message.row().subject(),
                    List.of());
            return row.toRecord();
        });
        events.updated(Permissions.TYPE, id, caller.username());
        announce(turns, caller);
        return written;
    }

    /** The ticket in its new status, the move kept in its history and its clocks read again. */
    private Ticket moved(EntityManager em, TicketEntity row, TicketStatus status, Caller caller, List<SlaTurn> turns) {
        Instant now = now();
        row.status(status, now);
        new TicketRepository(em).insert(new StatusChangeEntity(row.id(), status, now, caller.username()));
        return timed(em, row, now, turns);
    }

    /** Reads the ticket's clocks again and stores what they say, adding the clocks that turned to {@code turns}. */
    private Ticket timed(EntityManager em, TicketEntity row, Instant now, List<SlaTurn> turns) {
        em.flush();
        turns.addAll(new TicketTiming(calendars, new SlaPolicies(new SlaPolicyRepository(em).all()))
                .time(row, new TicketRepository(em).statuses(row.id()), now));
        em.flush();
        return row.toRecord();
    }

    /** Once the change is committed: a change can itself make a clock late, which the sweep then never sees turn. */
    private void announce(List<SlaTurn> turns, Caller caller) {
        turns.forEach(turn -> events.post(turn.topic(), Permissions.TYPE, turn.ticketId(), caller.username()));
    }

    private TicketInput valid(Caller caller, EntityManager em, TicketInput input) {
        SlaPolicies policies = new SlaPolicies(new SlaPolicyRepository(em).all());
        return TicketValidator.validate(input, accountId -> visible(caller, Permissions.ACCOUNT, String.valueOf(accountId)),
                contactId -> visible(caller, Permissions.CONTACT, String.valueOf(contactId)), policies::knows);
    }

    /** A ticket outside the caller's scope answers as missing: its existence is not disclosed. */
    private static TicketEntity visible(EntityManager em, RecordScope scope, long id) {
        return new TicketRepository(em).find(id).filter(row -> scope.allows(row.owner(), row.ownerUnitId()))
                .orElseThrow(() -> new NotFoundException("tickets.error.notFound", id));
    }

    private static TicketEntity current(TicketEntity row, long expectedVersion) {
        if (row.version() != expectedVersion) {
            throw new ConflictException("core.error.staleVersion", List.of());
        }
        return row;
    }

    /** A closed ticket is kept as it was closed: reopen it first. */
    private static TicketEntity editable(TicketEntity row) {
        if (!row.status().editable()) {
            throw new ConflictException("tickets.error.closed", List.of());
        }
        return row;
    }

    /**
     * Whether a record of another module, a colleague or a unit exists for the caller, through the
     * kernel's lookups; while the accounts module is away no organisation or person is found.
     */
    private boolean visible(Caller caller, String type, String key) {
        try {
            return lookups.names(caller, type, List.of(key)).containsKey(key);
        } catch (CrmException unavailable) {
            return false;
        }
    }

    /** What the audit trail compares. */
    private static Map<String, Object> snapshot(Ticket ticket) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("subject", ticket.subject());
        values.put("description", ticket.description());
        values.put("channel", ticket.channel());
        values.put("priority", ticket.priority());
        values.put("tier", ticket.tier());
        values.put("status", ticket.status());
        values.put("accountId", ticket.accountId());
        values.put("contactId", ticket.contactId());
        values.put("product", ticket.product());
        values.put("assignee", ticket.assignee());
        values.put("handlingUnitId", ticket.handlingUnitId());
        values.put("satisfaction", ticket.satisfaction());
        values.values().removeIf(Objects::isNull);
        return values;
    }

    /** Milliseconds, as the database keeps them, so what is returned equals what is read later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
