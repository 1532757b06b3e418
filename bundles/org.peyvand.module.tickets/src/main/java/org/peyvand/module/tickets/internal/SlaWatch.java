package org.peyvand.module.tickets.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.peyvand.module.tickets.SlaPolicyService;
import org.peyvand.module.tickets.internal.sla.SlaTurn;
import org.peyvand.platform.core.event.RecordEvents;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.workflow.BusinessCalendarService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps tickets' SLA states current: every minute it reads again the clocks whose warning or due
 * time passed, and after a change to the business calendar or the SLA policies those of every open
 * ticket; each clock
 * that turned to warning or overdue is announced (see {@link SlaTurn}) for escalation processes.
 * One thread does both, so the two never run at once.
 */
@Component(service = EventHandler.class, property = { EventConstants.EVENT_TOPIC + "=" + BusinessCalendarService.CHANGED_TOPIC,
        EventConstants.EVENT_TOPIC + "=" + SlaPolicyService.CHANGED_TOPIC })
public class SlaWatch implements EventHandler {
    static final String ACTOR = "system";
    private static final Logger LOG = LoggerFactory.getLogger(SlaWatch.class);
    private static final long SWEEP_SECONDS = 60;
    private final SlaSweep sweep;
    private final RecordEvents events;
    private final ScheduledExecutorService worker;

    /** @param schema present once the module's tables are migrated; nothing runs before */
    @Activate
    public SlaWatch(@Reference(target = "(osgi.unit.name=crm.tickets)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.module.tickets)") SchemaReady schema, @Reference BusinessCalendarService calendars,
            @Reference EventAdmin events) {
        this(new SlaSweep(new Transactions(jpa), calendars, Clock.systemUTC()), new RecordEvents(events), worker());
        worker.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    SlaWatch(SlaSweep sweep, RecordEvents events, ScheduledExecutorService worker) {
        this.sweep = sweep;
        this.events = events;
        this.worker = worker;
    }

    private static ScheduledExecutorService worker() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "crm-ticket-sla");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    /** The calendar or the policies changed: every open ticket's due times may have moved. */
    @Override
    public void handleEvent(Event event) {
        worker.execute(() -> run("reading every open ticket's SLA again", sweep::allOpen));
    }

    void sweep() {
        run("reading passed SLA times", sweep::passed);
    }

    /** A failed run is logged and the next one tries again: the timer must keep going. */
    private void run(String what, Supplier<List<SlaTurn>> work) {
        try {
            work.get().forEach(turn -> events.post(turn.topic(), Permissions.TYPE, turn.ticketId(), ACTOR));
        } catch (RuntimeException failed) {
            LOG.warn("Tickets: {} failed; the next run tries again", what, failed);
        }
    }
}
