package org.peyvand.module.tickets.internal.jpa;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.peyvand.module.tickets.SlaPolicy;

/** Queries of {@code tkt_sla_policy}: a few dozen rows at most, read whole. */
public final class SlaPolicyRepository {
    private final EntityManager em;

    public SlaPolicyRepository(EntityManager em) {
        this.em = em;
    }

    /** Every policy, by tier and then from the least urgent priority up. */
    public List<SlaPolicy> all() {
        return em.createQuery("SELECT p FROM SlaPolicyEntity p", SlaPolicyEntity.class).getResultList().stream().map(SlaPolicyEntity::toRecord)
                .sorted(Comparator.comparing(SlaPolicy::tier).thenComparing(SlaPolicy::priority)).toList();
    }

    public Optional<SlaPolicyEntity> find(long id) {
        return Optional.ofNullable(em.find(SlaPolicyEntity.class, id));
    }

    public void delete(SlaPolicyEntity row) {
        em.remove(row);
    }

    public SlaPolicyEntity insert(SlaPolicyEntity row) {
        em.persist(row);
        return row;
    }
}
