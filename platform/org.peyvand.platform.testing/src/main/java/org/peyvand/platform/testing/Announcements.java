package org.peyvand.platform.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.peyvand.platform.core.event.RecordEvents;

/** The events a service under test posted, kept in order instead of delivered. */
public final class Announcements implements EventAdmin {
    private final List<Event> posted = new CopyOnWriteArrayList<>();

    public RecordEvents events() {
        return new RecordEvents(this);
    }

    public List<Event> posted() {
        return List.copyOf(posted);
    }

    @Override
    public void postEvent(Event event) {
        posted.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        posted.add(event);
    }
}
