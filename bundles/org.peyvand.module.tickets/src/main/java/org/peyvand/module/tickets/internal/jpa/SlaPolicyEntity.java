package org.peyvand.module.tickets.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.module.tickets.SlaPolicy;
import org.peyvand.module.tickets.TicketPriority;

/** A row of {@code tkt_sla_policy}; the schema is the module's changelog. */
@Entity
@Table(name = "tkt_sla_policy")
public class SlaPolicyEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tkt_sla_policy_seq")
    @SequenceGenerator(name = "tkt_sla_policy_seq", sequenceName = "tkt_sla_policy_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketPriority priority;

    @Column(nullable = false)
    private String tier;

    @Column(name = "response_minutes", nullable = false)
    private int responseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private int resolutionMinutes;

    @Column(name = "warning_percent", nullable = false)
    private int warningPercent;

    @Version
    @Column(nullable = false)
    private long version;

    protected SlaPolicyEntity() {
    }

    public SlaPolicyEntity(SlaPolicy policy) {
        priority = policy.priority();
        tier = policy.tier();
        apply(policy);
    }

    /** Takes the targets; priority and tier name the policy and stay. */
    public void apply(SlaPolicy policy) {
        responseMinutes = policy.responseMinutes();
        resolutionMinutes = policy.resolutionMinutes();
        warningPercent = policy.warningPercent();
    }

    public long version() {
        return version;
    }

    public SlaPolicy toRecord() {
        return new SlaPolicy(id, priority, tier, responseMinutes, resolutionMinutes, warningPercent, version);
    }
}
