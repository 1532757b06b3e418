package org.peyvand.platform.workflow.internal.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.peyvand.platform.workflow.internal.engine.Deployments;
import org.peyvand.platform.workflow.internal.engine.ProcessEngine;
import org.peyvand.platform.workflow.internal.engine.Steps;
import org.peyvand.platform.workflow.internal.model.ProcessGraph;
import org.peyvand.platform.workflow.internal.store.DefinitionEntity;

/**
 * Stores new versions of the processes of a BPMN document, for people and for modules alike. A
 * process whose newest version came from the same text is left alone, so a module starting again
 * adds no version.
 */
final class Deployer {
    private final ProcessRuntime runtime;

    Deployer(ProcessRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * @return the versions added
     * @throws org.peyvand.platform.core.error.ValidationException naming the elements the engine would not run
     */
    List<DefinitionEntity> deploy(String xml, String actor, String comment) {
        List<ProcessGraph> graphs = runtime.engine().deployments().reader().read(xml);
        String checksum = sha256(xml);
        List<DefinitionEntity> added = runtime.tx().write(em -> graphs, (em, read) -> {
            List<DefinitionEntity> stored = new ArrayList<>();
            for (ProcessGraph graph : read) {
                Optional<DefinitionEntity> newest = Deployments.latest(em, graph.key());
                if (newest.isPresent() && newest.get().checksum().equals(checksum)) {
                    continue;
                }
                DefinitionEntity definition = new DefinitionEntity().processKey(graph.key())
                        .version(newest.map(d -> d.version() + 1).orElse(1)).name(Steps.cut(graph.name(), 300)).bpmnXml(xml).checksum(checksum)
                        .deployedBy(actor).deployedAt(runtime.clock().instant()).comment(comment);
                em.persist(definition);
                replaceStartTimers(em, graph.key());
                runtime.engine().scheduleStartTimers(em, definition);
                stored.add(definition);
            }
            return stored;
        });
        if (!added.isEmpty()) {
            runtime.deployed();
        }
        return added;
    }

    /** Start timers belong to the newest version only. */
    private static void replaceStartTimers(EntityManager em, String key) {
        em.createQuery("delete from JobEntity j where j.processKey = :key and j.kind = '" + ProcessEngine.START_TIMER + "'")
                .setParameter("key", key).executeUpdate();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
