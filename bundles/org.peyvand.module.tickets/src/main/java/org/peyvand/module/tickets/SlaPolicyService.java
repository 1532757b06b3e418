package org.peyvand.module.tickets;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.security.Caller;

/**
 * The SLA policies: the targets of each priority for each customer tier. The standard tier has one
 * for every priority and serves tiers without their own. A change applies to open tickets too:
 * their clocks are read again under it.
 */
@ProviderType
public interface SlaPolicyService {

    /** Posted over Event Admin after each committed change to the policies. */
    String CHANGED_TOPIC = "crm/tickets/policies/changed";

    /** Every policy, by tier and then from the least urgent priority up. */
    List<SlaPolicy> list(Caller caller);

    /**
     * Adds a policy (id 0) or changes one's targets (its priority and tier stay). Refused when the
     * organisation's business calendar has no working hours to count it in.
     */
    SlaPolicy save(Caller caller, SlaPolicy policy);

    /** Removes a tier's own policy; the standard tier's stay, as they serve every other tier. */
    void delete(Caller caller, long id);
}
