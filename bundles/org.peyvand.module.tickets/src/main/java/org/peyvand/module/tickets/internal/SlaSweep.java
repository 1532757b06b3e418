package org.peyvand.module.tickets.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.peyvand.module.tickets.internal.jpa.SlaPolicyRepository;
import org.peyvand.module.tickets.internal.jpa.TicketEntity;
import org.peyvand.module.tickets.internal.jpa.TicketRepository;
import org.peyvand.module.tickets.internal.sla.SlaPolicies;
import org.peyvand.module.tickets.internal.sla.SlaTurn;
import org.peyvand.module.tickets.internal.sla.StatusChange;
import org.peyvand.module.tickets.internal.sla.TicketTiming;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.workflow.BusinessCalendarService;

/**
 * Reads tickets' clocks again outside any change to the tickets: as their warning and due times
 * pass, and all open ones after the business calendar changed. A batch of tickets at a time, each
 * batch in a transaction of its own, so a large backlog never holds one long transaction.
 */
public final class SlaSweep {
    static final int BATCH = 500;
    private final Transactions tx;
    private final BusinessCalendarService calendars;
    private final Clock clock;

    public SlaSweep(Transactions tx, BusinessCalendarService calendars, Clock clock) {
        this.tx = tx;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** @return the clocks that turned to warning or overdue */
    public List<SlaTurn> passed() {
        Instant now = now();
        List<SlaTurn> turns = new ArrayList<>();
        int read;
        do {
            Batch batch = tx.write(em -> now, (em, at) -> timed(em, new TicketRepository(em).checkDue(at, BATCH), at));
            turns.addAll(batch.turns());
            read = batch.read();
        } while (read == BATCH);
        return turns;
    }

    /**
     * Reads the clocks of every open ticket again, as after a change to the calendar.
     *
     * @return the clocks that turned to warning or overdue
     */
    public List<SlaTurn> allOpen() {
        Instant now = now();
        List<SlaTurn> turns = new ArrayList<>();
        long after = 0;
        Batch batch;
        do {
            long from = after;
            batch = tx.write(em -> now, (em, at) -> timed(em, new TicketRepository(em).openAfter(from, BATCH), at));
            turns.addAll(batch.turns());
            after = batch.lastId();
        } while (batch.read() == BATCH);
        return turns;
    }

    private record Batch(int read, long lastId, List<SlaTurn> turns) {
    }

    private Batch timed(EntityManager em, List<TicketEntity> rows, Instant now) {
        if (rows.isEmpty()) {
            return new Batch(0, 0, List.of());
        }
        TicketTiming timing = new TicketTiming(calendars, new SlaPolicies(new SlaPolicyRepository(em).all()));
        Map<Long, List<StatusChange>> statuses = new TicketRepository(em).statuses(rows.stream().map(TicketEntity::id).toList());
        List<SlaTurn> turns = new ArrayList<>();
        for (TicketEntity row : rows) {
            turns.addAll(timing.time(row, statuses.getOrDefault(row.id(), List.of()), now));
        }
        return new Batch(rows.size(), rows.get(rows.size() - 1).id(), turns);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
