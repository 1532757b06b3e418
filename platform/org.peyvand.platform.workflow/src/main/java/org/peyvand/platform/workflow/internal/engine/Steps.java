package org.peyvand.platform.workflow.internal.engine;

import java.time.Instant;
import java.util.Map;

import javax.persistence.EntityManager;

import org.peyvand.platform.workflow.TrailStep;
import org.peyvand.platform.workflow.internal.model.Node;
import org.peyvand.platform.workflow.internal.store.HistoryEntity;
import org.peyvand.platform.workflow.internal.store.TrailEntity;

/** Writes history and trail rows, for the engine and the services alike. */
public final class Steps {

    private Steps() {
    }

    static void history(EntityManager em, long instanceId, Node node, String event, String actor, Instant at, String outcome,
            Map<String, Object> values) {
        history(em, instanceId, node == null ? null : node.id(), node == null ? null : node.label(), event, actor, at, outcome, values);
    }

    public static void history(EntityManager em, long instanceId, String elementId, String elementName, String event, String actor,
            Instant at, String outcome, Map<String, Object> values) {
        em.persist(new HistoryEntity().instanceId(instanceId).elementId(elementId).elementName(cut(elementName, 300)).event(event)
                .actor(actor).happenedAt(at).outcome(cut(outcome, 500))
                .stepValues(values == null || values.isEmpty() ? null : ProcessVariables.write(values)));
    }

    public static void trail(EntityManager em, long itemId, String step, String actor, String toUser, Long toUnit, String comment, Instant at) {
        if (!TrailStep.ACTIONS.contains(step)) {
            // screens name every step by its action: an unlisted one would show as a bare key
            throw new IllegalArgumentException("Unlisted trail action " + step);
        }
        em.persist(new TrailEntity().itemId(itemId).step(step).actor(actor).toUser(toUser).toUnit(toUnit).comment(cut(comment, 1000))
                .actedAt(at));
    }

    public static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
