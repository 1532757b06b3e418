package org.peyvand.module.notes.internal.views;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.module.notes.NoteService;
import org.peyvand.module.notes.internal.Permissions;
import org.peyvand.module.notes.internal.Records;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.RecordTab;
import org.peyvand.ui.api.UiContext;

/**
 * Adds a Notes tab to the screen of every record with a numeric id (accounts, contacts, designed
 * records), for those who may read notes.
 */
@Component(service = RecordTab.class, property = RecordTab.ORDER + ":Integer=30")
public class RecordNotesTab implements RecordTab {
    private final NoteService notes;
    private final AccessGuard guard;
    private final Records records;

    @Activate
    public RecordNotesTab(@Reference NoteService notes, @Reference AccessGuard guard, @Reference RecordLookups lookups) {
        this.notes = notes;
        this.guard = guard;
        this.records = new Records(lookups);
    }

    @Override
    public Optional<com.vaadin.ui.Component> create(UiContext context, RecordRef record) {
        // a record of a type notes cannot name (an activity, a network node) gets no tab rather than a refusal
        if (!record.id().matches("\\d{1,18}") || !records.names(record.type()) || !guard.allows(context.caller(), Permissions.READ)) {
            return Optional.empty();
        }
        return Optional.of(new NotesPanel(context, notes, record.type(), Long.parseLong(record.id()),
                guard.allows(context.caller(), Permissions.CREATE)));
    }
}
