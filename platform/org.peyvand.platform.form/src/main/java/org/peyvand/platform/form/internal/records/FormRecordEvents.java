package org.peyvand.platform.form.internal.records;

import org.osgi.service.event.EventAdmin;
import org.peyvand.platform.core.event.RecordEvents;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.FormKind;

/**
 * Announces what happens to stored records, for processes that start or wait on them:
 * {@code crm/form/<form>/submitted} for a stand-alone form's submission and, as every module does
 * for its records, {@code crm/record/<type>/created|updated|deleted} for designed records.
 */
final class FormRecordEvents {
    private final RecordEvents events;

    FormRecordEvents(EventAdmin events) {
        this.events = new RecordEvents(events);
    }

    void created(FormDefinition form, long id, String username) {
        if (form.kind() == FormKind.STANDALONE) {
            events.post(RecordEvents.topic("form", form.key(), "submitted"), form.key(), id, username);
        } else {
            events.created(form.key(), id, username);
        }
    }

    void updated(FormDefinition form, long id, String username) {
        events.updated(form.key(), id, username);
    }

    void deleted(FormDefinition form, long id, String username) {
        events.deleted(form.key(), id, username);
    }
}
