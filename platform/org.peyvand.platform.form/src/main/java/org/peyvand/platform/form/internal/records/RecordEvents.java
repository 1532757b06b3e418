package org.peyvand.platform.form.internal.records;

import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;

/**
 * Announces what happens to stored records, for processes that start or wait on them:
 * {@code crm/form/<form>/submitted} for a stand-alone form's submission and
 * {@code crm/record/<type>/created|updated|deleted} for designed records. Topics cannot hold dots,
 * so the key's dots become underscores there; the key itself travels in {@value #TYPE}.
 */
final class RecordEvents {
    static final String TYPE = "crm.type";
    static final String USER = "crm.user";

    private final EventAdmin events;

    RecordEvents(EventAdmin events) {
        this.events = events;
    }

    void created(FormDefinition form, long id, String username) {
        post(form, form.kind() == FormKind.STANDALONE ? topic("form", form, "submitted") : topic("record", form, "created"), id, username);
    }

    void updated(FormDefinition form, long id, String username) {
        post(form, topic("record", form, "updated"), id, username);
    }

    void deleted(FormDefinition form, long id, String username) {
        post(form, topic("record", form, "deleted"), id, username);
    }

    private void post(FormDefinition form, String topic, long id, String username) {
        events.postEvent(new Event(topic, Map.of(CrmEvents.PROPERTY_ID, id, TYPE, form.key(), USER, username)));
    }

    private static String topic(String area, FormDefinition form, String verbPast) {
        return CrmEvents.topic(area, form.key().replace('.', '_'), verbPast);
    }
}
