package org.peyvand.module.occasions.internal.jpa;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/** The module's queries; every list is read by an index (the primary keys, the greetings' and anniversaries' indexes). */
public final class OccasionRepository {
    private final EntityManager em;

    public OccasionRepository(EntityManager em) {
        this.em = em;
    }

    public List<OfficialEntity> officials() {
        return em.createQuery("select o from OfficialEntity o order by o.lunar, o.month, o.day", OfficialEntity.class).getResultList();
    }

    public Optional<OfficialEntity> official(String code) {
        return Optional.ofNullable(em.find(OfficialEntity.class, code));
    }

    public List<EventEntity> events() {
        return em.createQuery("select e from EventEntity e order by e.id", EventEntity.class).getResultList();
    }

    public Optional<EventEntity> event(long id) {
        return Optional.ofNullable(em.find(EventEntity.class, id));
    }

    public List<PlanEntity> plans() {
        return em.createQuery("select p from PlanEntity p order by p.id", PlanEntity.class).getResultList();
    }

    public Optional<PlanEntity> plan(long id) {
        return Optional.ofNullable(em.find(PlanEntity.class, id));
    }

    public boolean plansName(String occasion) {
        return !em.createQuery("select p.id from PlanEntity p where p.occasion = :occasion", Long.class).setParameter("occasion", occasion)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public <T> T insert(T row) {
        em.persist(row);
        return row;
    }

    public void delete(Object row) {
        em.remove(row);
    }

    /**
     * One source's anniversaries of dates before {@code before} on the given yearly days after a contact
     * id, of one owner's contacts unless {@code owner} is null.
     */
    public List<AnniversaryEntity> anniversaries(String source, Collection<Integer> monthDays, LocalDate before, String owner, long afterContactId,
            int limit) {
        TypedQuery<AnniversaryEntity> query = em.createQuery("select a from AnniversaryEntity a where a.source = :source and a.monthDay in :days"
                + " and a.since < :before and a.contactId > :after" + (owner == null ? "" : " and a.owner = :owner") + " order by a.contactId",
                AnniversaryEntity.class).setParameter("source", source).setParameter("days", monthDays).setParameter("before", before)
                .setParameter("after", afterContactId).setMaxResults(limit);
        if (owner != null) {
            query.setParameter("owner", owner);
        }
        return query.getResultList();
    }

    /** How many anniversaries of dates before {@code before} each source has on each of the yearly days, in one grouped query. */
    public Map<String, Map<Integer, Long>> anniversaryCounts(Collection<Integer> monthDays, LocalDate before, String owner) {
        TypedQuery<Object[]> query = em.createQuery("select a.source, a.monthDay, count(a) from AnniversaryEntity a where a.monthDay in :days"
                + " and a.since < :before" + (owner == null ? "" : " and a.owner = :owner") + " group by a.source, a.monthDay", Object[].class)
                .setParameter("days", monthDays).setParameter("before", before);
        if (owner != null) {
            query.setParameter("owner", owner);
        }
        Map<String, Map<Integer, Long>> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.computeIfAbsent((String) row[0], s -> new HashMap<>())
                .put(((Number) row[1]).intValue(), ((Number) row[2]).longValue()));
        return counts;
    }

    public List<AnniversaryEntity> anniversariesOf(Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from AnniversaryEntity a where a.contactId in :ids", AnniversaryEntity.class)
                .setParameter("ids", contactIds).getResultList();
    }

    public void deleteAnniversaries(long contactId) {
        em.createQuery("delete from AnniversaryEntity a where a.contactId = :id").setParameter("id", contactId).executeUpdate();
    }

    /** The contacts among {@code contactIds} already greeted by the plan for the occasion date. */
    public Set<Long> greeted(long planId, LocalDate occasionDate, Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select g.contactId from GreetingEntity g where g.planId = :plan and g.occasionDate = :date"
                + " and g.contactId in :ids", Long.class).setParameter("plan", planId).setParameter("date", occasionDate)
                .setParameter("ids", contactIds).getResultList());
    }

    public List<GreetingEntity> greetingsById(Collection<Long> ids) {
        return em.createQuery("select g from GreetingEntity g where g.id in :ids", GreetingEntity.class).setParameter("ids", ids).getResultList();
    }

    /** A plan's greetings older than {@code beforeId} (all when null), newest first. */
    public List<GreetingEntity> history(long planId, Long beforeId, int limit) {
        TypedQuery<GreetingEntity> query = em.createQuery("select g from GreetingEntity g where g.planId = :plan"
                + (beforeId == null ? "" : " and g.id < :before") + " order by g.id desc", GreetingEntity.class).setParameter("plan", planId)
                .setMaxResults(limit);
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query.getResultList();
    }

    public boolean marked(String name) {
        return em.find(MarkerEntity.class, name) != null;
    }
}
