package org.peyvand.module.notes.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.peyvand.module.notes.Note;
import org.peyvand.module.notes.NoteInput;
import org.peyvand.module.notes.NoteService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "notes", name = "add", description = "Adds a note to a record, e.g. notes:add accounts.account 12 Called about the renewal")
@Service
public class NoteAddCommand extends CrmAction {

    @Reference(optional = true)
    NoteService service;

    @Argument(index = 0, name = "record-type", required = true, description = "The record's type, e.g. accounts.account or accounts.contact")
    String recordType;

    @Argument(index = 1, name = "record-id", required = true, description = "The record's id")
    long recordId;

    @Argument(index = 2, name = "text", required = true, multiValued = true, description = "The note's text")
    List<String> text;

    @Option(name = "--pin", description = "Pins the note")
    boolean pin;

    @Override
    protected void run(Caller caller, Messages messages) {
        Note note = service.create(caller, new NoteInput(recordType, recordId, String.join(" ", text), pin));
        System.out.println(messages.get("notes.shell.added", note.id()));
    }
}
