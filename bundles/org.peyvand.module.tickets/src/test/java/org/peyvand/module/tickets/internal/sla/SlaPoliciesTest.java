package org.peyvand.module.tickets.internal.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peyvand.module.tickets.SlaPolicy;
import org.peyvand.module.tickets.TicketPriority;
import org.peyvand.module.tickets.internal.jpa.SlaPolicyEntity;
import org.peyvand.module.tickets.internal.jpa.SlaPolicyRepository;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.testing.TestDatabase;

/** The policies on their migrated table (in-memory Derby, the module's changelog) and their checks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaPoliciesTest {
    private static final Instant NOW = Instant.parse("2026-03-07T06:00:00Z");
    private static final WorkingCalendar EVERY_HOUR = new WorkingCalendar() {
        @Override
        public Instant add(Instant from, Duration workingTime) {
            return from.plus(workingTime);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
    };
    private TestDatabase db;
    private Transactions tx;

    @BeforeAll
    void open() {
        db = new TestDatabase("crm.tickets");
        tx = db.transactions();
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void theStandardTierComesWithATargetForEveryPriorityAndServesTiersWithoutTheirOwn() {
        List<SlaPolicy> seeded = tx.read(em -> new SlaPolicyRepository(em).all());
        assertThat(seeded).extracting(SlaPolicy::priority).containsExactly(TicketPriority.values());
        assertThat(seeded).allMatch(p -> p.tier().equals(SlaPolicy.STANDARD) && p.responseMinutes() < p.resolutionMinutes());
        assertThat(seeded.get(TicketPriority.URGENT.ordinal()).resolutionMinutes()).isEqualTo(8 * 60);

        tx.append(em -> new SlaPolicyRepository(em).insert(new SlaPolicyEntity(new SlaPolicy(0, TicketPriority.URGENT, "gold", 30, 240, 50, 0))));
        SlaPolicies policies = new SlaPolicies(tx.read(em -> new SlaPolicyRepository(em).all()));
        assertThat(policies.knows("gold")).isTrue();
        assertThat(policies.knows("silver")).isFalse();
        SlaPolicy gold = policies.serving("gold", TicketPriority.URGENT).orElseThrow();
        assertThat(gold.resolutionMinutes()).isEqualTo(240);
        SlaPolicy goldLow = policies.serving("gold", TicketPriority.LOW).orElseThrow();
        assertThat(goldLow.tier()).as("gold has no low-priority target: the standard one serves").isEqualTo(SlaPolicy.STANDARD);
    }

    @Test
    void aPolicyIsRefusedFieldByFieldAndWhenTheCalendarCannotCountIt() {
        SlaPolicyValidator.validate(new SlaPolicy(0, TicketPriority.HIGH, "gold", 60, 600, 80, 0), EVERY_HOUR, NOW);

        assertThat(fields(new SlaPolicy(0, null, "Gold!", 0, 0, 101, 0), EVERY_HOUR))
                .containsExactlyInAnyOrder("priority", "tier", "responseMinutes", "resolutionMinutes", "warningPercent");
        assertThat(fields(new SlaPolicy(0, TicketPriority.HIGH, "gold", 700, 600, 80, 0), EVERY_HOUR)).containsExactly("responseMinutes");

        WorkingCalendar noHours = new WorkingCalendar() {
            @Override
            public Instant add(Instant from, Duration workingTime) {
                throw new ConflictException("calendar.error.noWorkingTime", List.of());
            }

            @Override
            public Duration between(Instant from, Instant to) {
                return Duration.ZERO;
            }
        };
        ValidationException refused = refusal(new SlaPolicy(0, TicketPriority.HIGH, "gold", 60, 600, 80, 0), noHours);
        assertThat(refused.fieldErrors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("resolutionMinutes", "tickets.error.noWorkingTime"));
    }

    private static List<String> fields(SlaPolicy policy, WorkingCalendar calendar) {
        return refusal(policy, calendar).fieldErrors().stream().map(FieldError::field).toList();
    }

    private static ValidationException refusal(SlaPolicy policy, WorkingCalendar calendar) {
        return (ValidationException) assertThatThrownBy(() -> SlaPolicyValidator.validate(policy, calendar, NOW))
                .isInstanceOf(ValidationException.class).actual();
    }
}
