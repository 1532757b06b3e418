package org.peyvand.module.occasions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peyvand.module.occasions.Greeting;
import org.peyvand.module.occasions.GreetingChannel;
import org.peyvand.module.occasions.GreetingRecipient;
import org.peyvand.module.occasions.internal.jpa.GreetingEntity;
import org.peyvand.module.occasions.internal.jpa.OccasionRepository;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.persistence.Transactions;

/**
 * Sends a page of greetings at most once each: the rows not there yet are inserted first under the
 * table's unique (plan, contact, occasion date), and only what this run inserted is sent. A greeting
 * claimed by a run that stopped before sending stays claimed and is never sent, rather than twice.
 */
final class GreetingRun {
    static final int PAGE = 200;
    static final String UNREACHABLE = "unreachable";

    /** What a run did so far. */
    static final class Tally {
        int sent;
        int failed;
        int already;
    }

    private final Transactions tx;
    private final Clock clock;

    GreetingRun(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    void send(long planId, LocalDate date, GreetingChannel channel, List<GreetingRecipient> page, GreetingTexts texts, Tally tally) {
        Set<Long> greeted = tx.read(em -> new OccasionRepository(em).greeted(planId, date, page.stream().map(GreetingRecipient::contactId).toList()));
        List<GreetingRecipient> fresh = page.stream().filter(r -> !greeted.contains(r.contactId())).toList();
        tally.already += page.size() - fresh.size();
        Map<Long, Long> claimed = claim(planId, date, channel.id(), fresh);
        tally.already += fresh.size() - claimed.size();
        Map<Long, Outcome> outcomes = new HashMap<>();
        for (GreetingRecipient recipient : fresh) {
            Long greetingId = claimed.get(recipient.contactId());
            if (greetingId != null) {
                outcomes.put(greetingId, deliver(channel, recipient, texts));
            }
        }
        outcomes.values().forEach(o -> {
            if (o.status() == Greeting.Status.SENT) {
                tally.sent++;
            } else {
                tally.failed++;
            }
        });
        record(outcomes);
    }

    private record Outcome(Greeting.Status status, String reason) {
    }

    private static Outcome deliver(GreetingChannel channel, GreetingRecipient recipient, GreetingTexts texts) {
        if (!channel.reaches(recipient)) {
            return new Outcome(Greeting.Status.FAILED, UNREACHABLE);
        }
        try {
            channel.send(texts.message(recipient));
            return new Outcome(Greeting.Status.SENT, null);
        } catch (RuntimeException failure) {
            return new Outcome(Greeting.Status.FAILED, failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        }
    }

    /**
     * Claims the page in one transaction; when another node claimed some of it meanwhile, one at a
     * time, so each lost race only drops its own row. @return the greeting id of each contact claimed
     */
    private Map<Long, Long> claim(long planId, LocalDate date, String channel, List<GreetingRecipient> recipients) {
        if (recipients.isEmpty()) {
            return Map.of();
        }
        try {
            return insert(planId, date, channel, recipients);
        } catch (ConflictException raced) {
            Map<Long, Long> claimed = new HashMap<>();
            for (GreetingRecipient recipient : recipients) {
                try {
                    claimed.putAll(insert(planId, date, channel, List.of(recipient)));
                } catch (ConflictException taken) {
                    // another run sends this one
                }
            }
            return claimed;
        }
    }

    private Map<Long, Long> insert(long planId, LocalDate date, String channel, List<GreetingRecipient> recipients) {
        Instant now = now();
        return tx.write(em -> recipients, (em, rows) -> {
            OccasionRepository repository = new OccasionRepository(em);
            List<GreetingEntity> inserted = new ArrayList<>();
            for (GreetingRecipient recipient : rows) {
                inserted.add(repository.insert(new GreetingEntity(planId, recipient.contactId(), date, recipient.name(), channel, now)));
            }
            em.flush();
            Map<Long, Long> ids = new HashMap<>();
            inserted.forEach(g -> ids.put(g.contactId(), g.id()));
            return ids;
        });
    }

    private void record(Map<Long, Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Instant now = now();
        tx.write(em -> outcomes, (em, byId) -> {
            new OccasionRepository(em).greetingsById(byId.keySet()).forEach(g -> {
                Outcome outcome = byId.get(g.id());
                g.outcome(outcome.status(), outcome.reason(), now);
            });
            return null;
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
