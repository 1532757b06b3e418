package org.peyvand.platform.core.event;

import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Announces what happened to a record, once the change is committed, for processes that start or
 * wait on it: {@code crm/record/<type>/created|updated|deleted}. Topics hold no dots, so the
 * type's dots become underscores ({@code crm/record/accounts_account/created}); the type itself
 * travels in {@value CrmEvents#PROPERTY_TYPE}, the record's id in {@value CrmEvents#PROPERTY_ID}
 * and the user who acted in {@value CrmEvents#PROPERTY_USER}. Sent asynchronously: the one who
 * acted never waits for the listeners.
 */
public final class RecordEvents {
    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String DELETED = "deleted";

    private final EventAdmin events;

    public RecordEvents(EventAdmin events) {
        this.events = events;
    }

    public void created(String type, long id, String username) {
        post(topic("record", type, CREATED), type, id, username);
    }

    public void updated(String type, long id, String username) {
        post(topic("record", type, UPDATED), type, id, username);
    }

    public void deleted(String type, long id, String username) {
        post(topic("record", type, DELETED), type, id, username);
    }

    /** An event about a record on another topic, such as a form's submission. */
    public void post(String topic, String type, long id, String username) {
        events.postEvent(new Event(topic, Map.of(CrmEvents.PROPERTY_ID, id, CrmEvents.PROPERTY_TYPE, type, CrmEvents.PROPERTY_USER, username)));
    }

    /** {@code crm/<area>/<type with _ for .>/<verb>}. */
    public static String topic(String area, String type, String verbPast) {
        return CrmEvents.topic(area, type.replace('.', '_'), verbPast);
    }
}
