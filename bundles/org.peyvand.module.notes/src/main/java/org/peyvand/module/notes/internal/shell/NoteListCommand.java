package org.peyvand.module.notes.internal.shell;

import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.peyvand.module.notes.Note;
import org.peyvand.module.notes.NoteService;
import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.shell.CrmAction;

@Command(scope = "notes", name = "list", description = "Lists the notes of a record, newest first")
@Service
public class NoteListCommand extends CrmAction {
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @Reference(optional = true)
    NoteService service;

    @Argument(index = 0, name = "record-type", required = true, description = "The record's type, e.g. accounts.account")
    String recordType;

    @Argument(index = 1, name = "record-id", required = true, description = "The record's id")
    long recordId;

    @Option(name = "-n", aliases = "--limit", description = "How many to show, at most 500")
    int limit = 50;

    @Override
    protected void run(Caller caller, Messages messages) {
        Page<Note> page = service.notesOf(caller, recordType, recordId, PageRequest.first(limit, null, true));
        DisplayFormat format = DisplayFormat.of(caller.preferences());
        ShellTable table = new ShellTable();
        table.column(messages.get("notes.field.id"));
        table.column(messages.get("notes.field.createdAt"));
        table.column(messages.get("notes.field.author"));
        table.column(messages.get("notes.field.text")).maxSize(60);
        table.column(messages.get("notes.field.attachments"));
        for (Note note : page.items()) {
            table.addRow().addContent(note.id(), format.dateTime(note.createdAt(), TEHRAN), note.author(),
                    (note.pinned() ? "* " : "") + note.text(), note.attachments().size());
        }
        table.print(System.out);
        if (page.hasNext()) {
            System.out.println(messages.get("notes.shell.more"));
        }
    }
}
