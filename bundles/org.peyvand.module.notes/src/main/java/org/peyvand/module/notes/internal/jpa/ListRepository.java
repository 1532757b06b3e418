package org.peyvand.module.notes.internal.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.peyvand.platform.security.RecordScope;

/** Queries of lists, their static members (by the primary key list, record) and their shares (by grantee). */
public final class ListRepository {
    public static final String USER = "USER";
    public static final String UNIT = "UNIT";

    private final EntityManager em;

    public ListRepository(EntityManager em) {
        this.em = em;
    }

    public <T> T insert(T row) {
        em.persist(row);
        return row;
    }

    public Optional<ListEntity> find(long id) {
        return Optional.ofNullable(em.find(ListEntity.class, id));
    }

    public boolean nameTaken(String owner, String nameKey, Long exceptId) {
        return em.createQuery("SELECT l.id FROM ListEntity l WHERE l.owner = :owner AND l.nameKey = :key", Long.class)
                .setParameter("owner", owner).setParameter("key", nameKey).getResultList().stream().anyMatch(id -> !id.equals(exceptId));
    }

    /**
     * A page by id of the lists in the scope or shared with the user or their unit.
     *
     * @param recordType only lists of this type; {@code null} for all
     */
    public List<ListEntity> visible(RecordScope scope, String username, long unitId, String recordType, long afterId, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        params.put("after", afterId);
        conditions.add("l.id > :after");
        if (recordType != null) {
            params.put("type", recordType);
            conditions.add("l.recordType = :type");
        }
        String inScope = scope.condition("l.owner", "l.ownerUnitId", value -> {
            String name = "p" + params.size();
            params.put(name, value);
            return ":" + name;
        });
        if (inScope != null) {
            params.put("user", username);
            params.put("unit", String.valueOf(unitId));
            conditions.add("(" + inScope + " OR l.id IN (SELECT s.listId FROM ShareEntity s WHERE (s.granteeKind = 'USER' AND s.grantee = :user)"
                    + " OR (s.granteeKind = 'UNIT' AND s.grantee = :unit)))");
        }
        TypedQuery<ListEntity> query = em.createQuery("SELECT l FROM ListEntity l WHERE " + String.join(" AND ", conditions) + " ORDER BY l.id",
                ListEntity.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    public List<ShareEntity> shares(long listId) {
        return em.createQuery("SELECT s FROM ShareEntity s WHERE s.listId = :list ORDER BY s.granteeKind, s.grantee", ShareEntity.class)
                .setParameter("list", listId).getResultList();
    }

    /** The shares of the lists that reach the user, directly or through their unit, by list: one query for a page of lists. */
    public Map<Long, List<ShareEntity>> sharesReaching(Collection<Long> listIds, String username, long unitId) {
        if (listIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s FROM ShareEntity s WHERE s.listId IN :lists AND ((s.granteeKind = 'USER' AND s.grantee = :user)"
                + " OR (s.granteeKind = 'UNIT' AND s.grantee = :unit))", ShareEntity.class).setParameter("lists", listIds)
                .setParameter("user", username).setParameter("unit", String.valueOf(unitId)).getResultList().stream()
                .collect(Collectors.groupingBy(ShareEntity::listId));
    }

    public void replaceShares(long listId, List<ShareEntity> shares) {
        em.createQuery("DELETE FROM ShareEntity s WHERE s.listId = :list").setParameter("list", listId).executeUpdate();
        shares.forEach(em::persist);
    }

    /** A page of a static list's record ids, ascending, after {@code afterId}. */
    public List<Long> memberIds(long listId, long afterId, int limit) {
        return em.createQuery("SELECT m.recordId FROM MemberEntity m WHERE m.listId = :list AND m.recordId > :after ORDER BY m.recordId", Long.class)
                .setParameter("list", listId).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    public long memberCount(long listId) {
        return em.createQuery("SELECT COUNT(m) FROM MemberEntity m WHERE m.listId = :list", Long.class).setParameter("list", listId)
                .getSingleResult();
    }

    /** Which of the records are already members: one query for a whole batch. */
    public Set<Long> members(long listId, Collection<Long> recordIds) {
        return new HashSet<>(em.createQuery("SELECT m.recordId FROM MemberEntity m WHERE m.listId = :list AND m.recordId IN :ids", Long.class)
                .setParameter("list", listId).setParameter("ids", recordIds).getResultList());
    }

    public int removeMembers(long listId, Collection<Long> recordIds) {
        return em.createQuery("DELETE FROM MemberEntity m WHERE m.listId = :list AND m.recordId IN :ids").setParameter("list", listId)
                .setParameter("ids", recordIds).executeUpdate();
    }

    /** In how many static lists of its type the record is a member, read by {@code nts_list_member_record_ix}. */
    public long membershipsOf(String recordType, long recordId) {
        return em.createQuery("SELECT COUNT(m) FROM MemberEntity m, ListEntity l WHERE m.recordId = :record AND l.id = m.listId"
                + " AND l.recordType = :type", Long.class).setParameter("record", recordId).setParameter("type", recordType).getSingleResult();
    }

    /** Takes the record out of every list of its type. */
    public int removeMemberships(String recordType, long recordId) {
        return em.createQuery("DELETE FROM MemberEntity m WHERE m.recordId = :record AND m.listId IN"
                + " (SELECT l.id FROM ListEntity l WHERE l.recordType = :type)").setParameter("record", recordId).setParameter("type", recordType)
                .executeUpdate();
    }

    /** Removes the list with its members and shares. */
    public void delete(ListEntity row) {
        em.createQuery("DELETE FROM MemberEntity m WHERE m.listId = :list").setParameter("list", row.id()).executeUpdate();
        em.createQuery("DELETE FROM ShareEntity s WHERE s.listId = :list").setParameter("list", row.id()).executeUpdate();
        em.remove(row);
    }
}
