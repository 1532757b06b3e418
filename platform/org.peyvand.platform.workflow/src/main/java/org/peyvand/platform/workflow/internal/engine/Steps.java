package org.peyvand.platform.workflow.internal.engine;

import java.time.Instant;
import java.util.Map;

import javax.persistence.EntityManager;

import org.peyvand.platform.workflow.internal.model.Node;
import org.peyvand.platform.workflow.internal.store.HistoryEntity;
import org.peyvand.platform.workflow.internal.store.TrailEntity;

/** Writes history and trail rows. */
final class Steps {

    private Steps() {
    }

    static void history(EntityManager em, long instanceId, Node node, String event, String actor, Instant at, String outcome,
            Map<String, Object> values) {
        em.persist(new HistoryEntity().instanceId(instanceId).elementId(node == null ? null : node.id())
                .elementName(node == null ? null : cut(node.label(), 300)).event(event).actor(actor).happenedAt(at)
                .outcome(cut(outcome, 500)).stepValues(values == null || values.isEmpty() ? null : ProcessVariables.write(values)));
    }

    static void trail(EntityManager em, long itemId, String step, String actor, String toUser, Long toUnit, String comment, Instant at) {
        em.persist(new TrailEntity().itemId(itemId).step(step).actor(actor).toUser(toUser).toUnit(toUnit).comment(cut(comment, 1000))
                .actedAt(at));
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
