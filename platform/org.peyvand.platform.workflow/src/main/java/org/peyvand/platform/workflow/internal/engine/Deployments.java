package org.peyvand.platform.workflow.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

import org.peyvand.platform.workflow.internal.model.BpmnReader;
import org.peyvand.platform.workflow.internal.model.ProcessGraph;
import org.peyvand.platform.workflow.internal.store.DefinitionEntity;

/**
 * Deployed process versions and their graphs. A version never changes, so its graph is read from
 * its XML once and kept.
 */
public final class Deployments {
    private final BpmnReader reader;
    private final Map<Long, ProcessGraph> graphs = new ConcurrentHashMap<>();

    public Deployments(BpmnReader reader) {
        this.reader = reader;
    }

    public BpmnReader reader() {
        return reader;
    }

    public ProcessGraph graph(DefinitionEntity definition) {
        return graphs.computeIfAbsent(definition.id(), id -> reader.read(definition.bpmnXml()).stream()
                .filter(graph -> graph.key().equals(definition.processKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("version " + id + " lacks its process")));
    }

    public ProcessGraph graph(EntityManager em, long definitionId) {
        ProcessGraph known = graphs.get(definitionId);
        return known != null ? known : graph(em.find(DefinitionEntity.class, definitionId));
    }

    public static Optional<DefinitionEntity> latest(EntityManager em, String key) {
        return em.createQuery("select d from DefinitionEntity d where d.processKey = :key order by d.version desc", DefinitionEntity.class)
                .setParameter("key", key).setMaxResults(1).getResultList().stream().findFirst();
    }

    public static Optional<DefinitionEntity> version(EntityManager em, String key, int version) {
        return em.createQuery("select d from DefinitionEntity d where d.processKey = :key and d.version = :version", DefinitionEntity.class)
                .setParameter("key", key).setParameter("version", version).getResultList().stream().findFirst();
    }

    /** The newest version of every process. */
    public static List<DefinitionEntity> newest(EntityManager em) {
        return em.createQuery("select d from DefinitionEntity d where d.version = "
                + "(select max(o.version) from DefinitionEntity o where o.processKey = d.processKey) order by d.processKey",
                DefinitionEntity.class).getResultList();
    }
}
