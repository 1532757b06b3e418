package org.peyvand.platform.security.internal.audit;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.security.AuditTrail;

/**
 * Writes the comings and goings of modules to the audit trail: a module added (installed or
 * started with the platform), removed, or failing to start. Who ran the install is in Karaf's own
 * log; the trail records what the platform saw.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=crm/module/*")
public class ModuleAuditor implements EventHandler {
    static final String ACTOR = "system";
    static final String OBJECT_TYPE = "platform.module";

    private final AuditTrail audit;

    @Activate
    public ModuleAuditor(@Reference AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void handleEvent(Event event) {
        String topic = event.getTopic();
        String verb = topic.substring(topic.lastIndexOf('/') + 1);
        String action = switch (verb) {
            case "registered" -> "module.added";
            case "unregistered" -> "module.removed";
            case "failed" -> "module.failed";
            default -> null;
        };
        if (action != null) {
            audit.record(ACTOR, action, OBJECT_TYPE, String.valueOf(event.getProperty(CrmEvents.PROPERTY_ID)),
                    String.valueOf(event.getProperty(CrmEvents.PROPERTY_MODULE)), List.of());
        }
    }
}
