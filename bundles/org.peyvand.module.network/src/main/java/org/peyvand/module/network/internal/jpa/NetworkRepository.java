package org.peyvand.module.network.internal.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.peyvand.module.network.NodeRole;

/** Queries of the module's tables, each read by one of their indexes. */
public final class NetworkRepository {
    /** The most ids one IN list carries: larger sets are read in slices. */
    static final int IN_LIST = 500;

    private final EntityManager em;

    public NetworkRepository(EntityManager em) {
        this.em = em;
    }

    public <T> T insert(T row) {
        em.persist(row);
        return row;
    }

    public void delete(Object row) {
        em.remove(row);
    }

    // ---- regions

    public List<RegionEntity> provinces() {
        return em.createQuery("SELECT r FROM RegionEntity r WHERE r.parentId IS NULL", RegionEntity.class).getResultList();
    }

    public List<RegionEntity> cities(long provinceId) {
        return em.createQuery("SELECT r FROM RegionEntity r WHERE r.parentId = :province ORDER BY r.id", RegionEntity.class)
                .setParameter("province", provinceId).getResultList();
    }

    public Optional<RegionEntity> region(long id) {
        return Optional.ofNullable(em.find(RegionEntity.class, id));
    }

    public List<RegionEntity> regions(Collection<Long> ids) {
        return sliced(ids, slice -> em.createQuery("SELECT r FROM RegionEntity r WHERE r.id IN :ids", RegionEntity.class)
                .setParameter("ids", slice).getResultList());
    }

    /** Whether a city of the province other than {@code excludeId} has either name already. */
    public boolean cityNameTaken(long provinceId, String nameFa, String nameEn, Long excludeId) {
        return em.createQuery("SELECT r.id FROM RegionEntity r WHERE r.parentId = :province AND (r.nameFa = :fa OR r.nameEn = :en)", Long.class)
                .setParameter("province", provinceId).setParameter("fa", nameFa).setParameter("en", nameEn).getResultList().stream()
                .anyMatch(id -> !id.equals(excludeId));
    }

    public boolean regionUsed(long regionId) {
        return !em.createQuery("SELECT n.accountId FROM NodeEntity n WHERE n.regionId = :region", Long.class).setParameter("region", regionId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    // ---- classes

    public List<ClassEntity> classes() {
        return em.createQuery("SELECT c FROM ClassEntity c ORDER BY c.code", ClassEntity.class).getResultList();
    }

    public Optional<ClassEntity> nodeClass(long id) {
        return Optional.ofNullable(em.find(ClassEntity.class, id));
    }

    public boolean classCodeTaken(String code) {
        return !em.createQuery("SELECT c.id FROM ClassEntity c WHERE c.code = :code", Long.class).setParameter("code", code)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public boolean classUsed(long classId) {
        return !em.createQuery("SELECT n.accountId FROM NodeEntity n WHERE n.classId = :class", Long.class).setParameter("class", classId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    // ---- nodes

    public Optional<NodeEntity> node(long accountId) {
        return Optional.ofNullable(em.find(NodeEntity.class, accountId));
    }

    public List<NodeEntity> nodes(Collection<Long> accountIds) {
        return sliced(accountIds, slice -> em.createQuery("SELECT n FROM NodeEntity n WHERE n.accountId IN :ids", NodeEntity.class)
                .setParameter("ids", slice).getResultList());
    }

    /**
     * Nodes matching the filter, by account id after {@code afterId}; each part optional.
     *
     * @param regionIds a region and its cities; {@code null} for any region
     */
    public List<NodeEntity> find(List<Long> regionIds, Long classId, NodeRole role, Long afterId, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (regionIds != null) {
            params.put("regions", regionIds);
            conditions.add("n.regionId IN :regions");
        }
        if (classId != null) {
            params.put("class", classId);
            conditions.add("n.classId = :class");
        }
        if (role != null) {
            params.put("role", role.name());
            conditions.add("n.role = :role");
        }
        if (afterId != null) {
            params.put("after", afterId);
            conditions.add("n.accountId > :after");
        }
        TypedQuery<NodeEntity> query = em.createQuery("SELECT n FROM NodeEntity n" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ",
                conditions)) + " ORDER BY n.accountId", NodeEntity.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private static <T> List<T> sliced(Collection<Long> ids, Function<List<Long>, List<T>> read) {
        List<Long> all = ids.stream().distinct().toList();
        List<T> rows = new ArrayList<>();
        for (int start = 0; start < all.size(); start += IN_LIST) {
            rows.addAll(read.apply(all.subList(start, Math.min(all.size(), start + IN_LIST))));
        }
        return rows;
    }
}
