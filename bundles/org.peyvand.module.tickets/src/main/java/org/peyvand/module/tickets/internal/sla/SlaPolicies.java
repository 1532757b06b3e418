package org.peyvand.module.tickets.internal.sla;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.peyvand.module.tickets.SlaPolicy;
import org.peyvand.module.tickets.TicketPriority;

/** The stored policies, read once for a batch of tickets. */
public final class SlaPolicies {
    private final Map<String, SlaPolicy> byTierAndPriority;

    public SlaPolicies(List<SlaPolicy> policies) {
        byTierAndPriority = policies.stream().collect(Collectors.toMap(policy -> key(policy.tier(), policy.priority()), policy -> policy));
    }

    /** The policy for the tier, or the standard tier's where the tier has none for this priority. */
    public Optional<SlaPolicy> serving(String tier, TicketPriority priority) {
        return Optional.ofNullable(byTierAndPriority.get(key(tier, priority)))
                .or(() -> Optional.ofNullable(byTierAndPriority.get(key(SlaPolicy.STANDARD, priority))));
    }

    /** Whether some policy names this tier. */
    public boolean knows(String tier) {
        return byTierAndPriority.values().stream().anyMatch(policy -> policy.tier().equals(tier));
    }

    private static String key(String tier, TicketPriority priority) {
        return tier + "/" + priority;
    }
}
