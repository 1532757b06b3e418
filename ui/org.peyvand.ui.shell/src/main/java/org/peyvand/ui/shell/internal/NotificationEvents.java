package org.peyvand.ui.shell.internal;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.peyvand.platform.core.event.CrmEvents;

/**
 * Hands the changes of users' inboxes ({@code crm/notification/<username>/created|read}) to the
 * workspaces open now; each takes those of its own user into its browser tab.
 */
@Component(service = {EventHandler.class, NotificationEvents.class}, property = EventConstants.EVENT_TOPIC + "=crm/notification/*")
public class NotificationEvents implements EventHandler {
    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();

    private record Listener(String username, Runnable changed) {
    }

    /** Called on the event thread: {@code changed} must bring the change into its UI with {@code UI.access}. */
    public Runnable listen(String username, Runnable changed) {
        Listener listener = new Listener(username, changed);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(CrmEvents.PROPERTY_USER) instanceof String username) {
            listeners.stream().filter(l -> l.username().equals(username)).map(Listener::changed).forEach(Runnable::run);
        }
    }
}
