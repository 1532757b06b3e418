package org.peyvand.module.relations.internal.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.peyvand.module.relations.RecordKey;
import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.internal.GraphWalk;
import org.peyvand.module.relations.internal.Hop;
import org.peyvand.platform.security.RecordScope;

/**
 * Queries of the module's tables. Each reads one of the two directions' indexes: the unique key
 * (source, type, target) going out, {@code rel_link_to_ix} coming in.
 */
public final class LinkRepository {
    private final EntityManager em;

    public LinkRepository(EntityManager em) {
        this.em = em;
    }

    public List<TypeEntity> types() {
        return em.createQuery("SELECT t FROM TypeEntity t ORDER BY t.id", TypeEntity.class).getResultList();
    }

    public Optional<TypeEntity> type(long id) {
        return Optional.ofNullable(em.find(TypeEntity.class, id));
    }

    public boolean codeTaken(String code) {
        return !em.createQuery("SELECT t.id FROM TypeEntity t WHERE t.code = :code", Long.class).setParameter("code", code)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<TypeEntity> typeByCode(String code) {
        return em.createQuery("SELECT t FROM TypeEntity t WHERE t.code = :code", TypeEntity.class).setParameter("code", code)
                .getResultList().stream().findFirst();
    }

    public boolean typeUsed(long typeId) {
        return !em.createQuery("SELECT l.id FROM LinkEntity l WHERE l.typeId = :type", Long.class).setParameter("type", typeId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public <T> T insert(T row) {
        em.persist(row);
        return row;
    }

    public void delete(Object row) {
        em.remove(row);
    }

    public Optional<LinkEntity> find(long id) {
        return Optional.ofNullable(em.find(LinkEntity.class, id));
    }

    /** The link of this type between these two records, in this direction, if stored. */
    public Optional<LinkEntity> same(long typeId, RecordKey from, RecordKey to) {
        return em.createQuery("SELECT l FROM LinkEntity l WHERE l.fromKind = :fk AND l.fromId = :fi AND l.typeId = :type"
                + " AND l.toKind = :tk AND l.toId = :ti", LinkEntity.class)
                .setParameter("fk", from.kind().code()).setParameter("fi", from.id()).setParameter("type", typeId)
                .setParameter("tk", to.kind().code()).setParameter("ti", to.id())
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The targets of a type's links from a record: its parents in a hierarchy. Whole, whoever may see them. */
    public List<RecordKey> targets(long typeId, RecordKey from) {
        return em.createQuery("SELECT l FROM LinkEntity l WHERE l.fromKind = :fk AND l.fromId = :fi AND l.typeId = :type", LinkEntity.class)
                .setParameter("fk", from.kind().code()).setParameter("fi", from.id()).setParameter("type", typeId)
                .getResultList().stream().map(row -> row.toHop().to()).toList();
    }

    /** Every link with an end at the record, whoever may see it: for removing them with the record. */
    public List<LinkEntity> allOf(RecordKey record) {
        List<LinkEntity> rows = new ArrayList<>(outgoing(null, List.of(record.id()), record.kind(), null, Integer.MAX_VALUE));
        rows.addAll(incoming(null, List.of(record.id()), record.kind(), null, Integer.MAX_VALUE));
        return rows.stream().distinct().toList();
    }

    /** How many links have an end at the record, whoever may see them: each end is counted by its own index. */
    public long countOf(RecordKey record) {
        long count = 0;
        for (String end : List.of("from", "to")) {
            count += em.createQuery("SELECT COUNT(l.id) FROM LinkEntity l WHERE l." + end + "Kind = :kind AND l." + end + "Id = :id", Long.class)
                    .setParameter("kind", record.kind().code()).setParameter("id", record.id()).getSingleResult();
        }
        return count;
    }

    /**
     * A page of the record's links in both directions by id: both directions are read by their own
     * index, the page made of the lowest ids of the two.
     *
     * @param afterId the last id of the previous page; {@code null} for the first
     */
    public List<LinkEntity> page(RecordScope scope, RecordKey record, Long afterId, int limit) {
        List<LinkEntity> rows = new ArrayList<>(outgoing(scope, List.of(record.id()), record.kind(), afterId, limit));
        rows.addAll(incoming(scope, List.of(record.id()), record.kind(), afterId, limit));
        return rows.stream().distinct().sorted((a, b) -> Long.compare(a.id(), b.id())).limit(limit).toList();
    }

    /**
     * The links the scope allows with an end among the records, for one level of the graph's walk: at
     * most {@code limit} of each direction and kind, lowest ids first; cut when a read filled its limit.
     */
    public GraphWalk.Read touching(RecordScope scope, Collection<RecordKey> records, int limit) {
        Map<RecordKind, List<Long>> byKind = records.stream()
                .collect(Collectors.groupingBy(RecordKey::kind, LinkedHashMap::new, Collectors.mapping(RecordKey::id, Collectors.toList())));
        Map<Long, Hop> hops = new LinkedHashMap<>();
        boolean cut = false;
        for (Map.Entry<RecordKind, List<Long>> kind : byKind.entrySet()) {
            for (String end : List.of("from", "to")) {
                List<Hop> read = hops(end, scope, kind.getValue(), kind.getKey(), limit);
                cut |= read.size() >= limit;
                read.forEach(hop -> hops.putIfAbsent(hop.linkId(), hop));
            }
        }
        return new GraphWalk.Read(new ArrayList<>(hops.values()), cut);
    }

    /**
     * The links of one type the scope allows with their target ({@code intoRecords}) or their source
     * among the records: one level of a hierarchy, read by the index of that end.
     */
    public List<LinkEntity> ofType(RecordScope scope, long typeId, RecordKind kind, List<Long> ids, boolean intoRecords) {
        return direction(intoRecords ? "to" : "from", scope, ids, kind, typeId, null, Integer.MAX_VALUE);
    }

    /**
     * The targets of a type's links the scope allows that are the source of none of them, by id:
     * the tops of its hierarchy. The parent test reads the unique key (source, type, target).
     */
    public List<Long> tops(RecordScope scope, long typeId, RecordKind kind, Long afterId, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("type", typeId);
        params.put("kind", kind.code());
        List<String> conditions = new ArrayList<>(List.of("l.typeId = :type", "l.toKind = :kind"));
        visible(scope, "l", params).ifPresent(conditions::add);
        if (afterId != null) {
            params.put("after", afterId);
            conditions.add("l.toId > :after");
        }
        List<String> parent = new ArrayList<>(List.of("p.typeId = :type", "p.fromKind = l.toKind", "p.fromId = l.toId"));
        visible(scope, "p", params).ifPresent(parent::add);
        conditions.add("NOT EXISTS (SELECT p.id FROM LinkEntity p WHERE " + String.join(" AND ", parent) + ")");
        TypedQuery<Long> query = em.createQuery("SELECT DISTINCT l.toId FROM LinkEntity l WHERE " + String.join(" AND ", conditions)
                + " ORDER BY l.toId", Long.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private List<LinkEntity> outgoing(RecordScope scope, List<Long> ids, RecordKind kind, Long afterId, int limit) {
        return direction("from", scope, ids, kind, null, afterId, limit);
    }

    private List<LinkEntity> incoming(RecordScope scope, List<Long> ids, RecordKind kind, Long afterId, int limit) {
        return direction("to", scope, ids, kind, null, afterId, limit);
    }

    /** The scope's condition on the rows of {@code alias}, its values added to {@code params}; empty when unrestricted. */
    private static Optional<String> visible(RecordScope scope, String alias, Map<String, Object> params) {
        if (scope == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(scope.condition(alias + ".owner", alias + ".ownerUnitId", value -> {
            String name = "p" + params.size();
            params.put(name, value);
            return ":" + name;
        }));
    }

    private List<LinkEntity> direction(String end, RecordScope scope, List<Long> ids, RecordKind kind, Long typeId, Long afterId, int limit) {
        return select("l", LinkEntity.class, end, scope, ids, kind, typeId, afterId, limit);
    }

    /** A walk's step needs the links' ends and types only: read as columns, no entity is built or tracked. */
    private List<Hop> hops(String end, RecordScope scope, List<Long> ids, RecordKind kind, int limit) {
        return select("l.id, l.typeId, l.fromKind, l.fromId, l.toKind, l.toId", Object[].class, end, scope, ids, kind, null, null, limit)
                .stream().map(row -> new Hop((Long) row[0], (Long) row[1], new RecordKey(RecordKind.of((String) row[2]), (Long) row[3]),
                        new RecordKey(RecordKind.of((String) row[4]), (Long) row[5]))).toList();
    }

    private <R> List<R> select(String what, Class<R> type, String end, RecordScope scope, List<Long> ids, RecordKind kind, Long typeId,
            Long afterId, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        params.put("kind", kind.code());
        params.put("ids", ids);
        conditions.add("l." + end + "Kind = :kind");
        conditions.add("l." + end + "Id IN :ids");
        if (typeId != null) {
            params.put("type", typeId);
            conditions.add("l.typeId = :type");
        }
        visible(scope, "l", params).ifPresent(conditions::add);
        if (afterId != null) {
            params.put("after", afterId);
            conditions.add("l.id > :after");
        }
        TypedQuery<R> query = em.createQuery("SELECT " + what + " FROM LinkEntity l WHERE " + String.join(" AND ", conditions) + " ORDER BY l.id",
                type);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
