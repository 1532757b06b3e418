package org.peyvand.platform.workflow.internal.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.workflow.internal.engine.Deployments;
import org.peyvand.platform.workflow.internal.engine.Starter;
import org.peyvand.platform.workflow.internal.model.Node;
import org.peyvand.platform.workflow.internal.model.ProcessGraph;
import org.peyvand.platform.workflow.internal.store.DefinitionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the processes whose message start event names a CRM event, such as
 * {@code crm/record/custom_complaint/created}: the event's record becomes the instance's record
 * and its user the initiator. Which processes listen is read from the newest versions again after
 * each deploy on this node, and after a few seconds, so a deploy on another node is heard soon after.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=crm/*")
public class EventStarts implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EventStarts.class);
    private static final Duration FRESH = Duration.ofSeconds(5);

    private final ProcessRuntime runtime;
    private volatile Listening listening = new Listening(Map.of(), Instant.EPOCH, -1);

    private record Listener(long definitionId, String startNode) {
    }

    private record Listening(Map<String, List<Listener>> byTopic, Instant readAt, long deploys) {
    }

    @Activate
    public EventStarts(@Reference ProcessRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void handleEvent(Event event) {
        List<Listener> listeners = listeners().getOrDefault(event.getTopic(), List.of());
        for (Listener listener : listeners) {
            start(listener, event);
        }
    }

    private void start(Listener listener, Event event) {
        Object id = event.getProperty(CrmEvents.PROPERTY_ID);
        Object type = event.getProperty(CrmEvents.PROPERTY_TYPE);
        Object user = event.getProperty(CrmEvents.PROPERTY_USER);
        try {
            runtime.tx().write(em -> em.find(DefinitionEntity.class, listener.definitionId()), (em, definition) -> runtime.engine().start(em,
                    definition, listener.startNode(), new Starter(user instanceof String name ? name : Starter.SYSTEM, OrgUnit.ROOT_ID),
                    type == null ? null : type.toString(), id == null ? null : id.toString(), Map.of(), null, null));
        } catch (RuntimeException e) {
            LOG.error("The event {} could not start its process (version {})", event.getTopic(), listener.definitionId(), e);
        }
    }

    private Map<String, List<Listener>> listeners() {
        Listening known = listening;
        Instant now = runtime.clock().instant();
        long deploys = runtime.deploys();
        if (known.deploys() == deploys && known.readAt().plus(FRESH).isAfter(now)) {
            return known.byTopic();
        }
        Map<String, List<Listener>> byTopic = new HashMap<>();
        for (DefinitionEntity definition : runtime.tx().read(Deployments::newest)) {
            ProcessGraph graph = runtime.engine().deployments().graph(definition);
            for (Node start : graph.messageStarts()) {
                byTopic.computeIfAbsent(start.message(), topic -> new ArrayList<>()).add(new Listener(definition.id(), start.id()));
            }
        }
        listening = new Listening(Map.copyOf(byTopic), now, deploys);
        return byTopic;
    }
}
