package org.peyvand.module.notes.internal.views;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;

import org.peyvand.module.notes.Attachment;
import org.peyvand.module.notes.Note;
import org.peyvand.module.notes.NoteInput;
import org.peyvand.module.notes.NoteService;
import org.peyvand.platform.core.error.PayloadTooLargeException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.PageRequest;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.BoundedReceiver;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Link;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A record's notes, newest first: a box to write one (with a pin), and each note with its author,
 * time, attachments to download and, for those who may change it, a file to attach and delete.
 * Older notes come a page at a time.
 */
final class NotesPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final int PAGE = 20;

    private final transient UiContext context;
    private final transient NoteService notes;
    private final String recordType;
    private final long recordId;
    private final VerticalLayout list = new VerticalLayout();
    private final Button more;
    private String cursor;

    NotesPanel(UiContext context, NoteService notes, String recordType, long recordId, boolean mayWrite) {
        this.context = context;
        this.notes = notes;
        this.recordType = recordType;
        this.recordId = recordId;
        Messages messages = context.messages();
        setId("record-notes");
        setCaption(messages.get("notes.menu.notes"));
        setMargin(false);
        list.setMargin(false);
        list.setId("record-notes-list");
        if (mayWrite) {
            addComponent(editor(messages));
        }
        more = new Button(messages.get("notes.more"), e -> load());
        more.setId("record-notes-more");
        more.addStyleName(ValoTheme.BUTTON_LINK);
        addComponents(list, more);
        reload();
    }

    private VerticalLayout editor(Messages messages) {
        TextArea text = new TextArea(messages.get("notes.field.text"));
        text.setId("record-notes-text");
        text.setWidth("100%");
        text.setRows(3);
        text.setMaxLength(NoteService.MAX_TEXT);
        CheckBox pinned = new CheckBox(messages.get("notes.field.pinned"));
        pinned.setId("record-notes-pinned");
        Button add = new Button(messages.get("notes.add"), VaadinIcons.PLUS);
        add.setId("record-notes-add");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        add.addClickListener(e -> context.call(() -> notes.create(context.caller(), new NoteInput(recordType, recordId, text.getValue(),
                pinned.getValue()))).ifPresent(created -> {
                    text.clear();
                    pinned.clear();
                    reload();
                }));
        HorizontalLayout actions = new HorizontalLayout(pinned, add);
        actions.setDefaultComponentAlignment(Alignment.MIDDLE_LEFT);
        VerticalLayout editor = new VerticalLayout(text, actions);
        editor.setMargin(false);
        return editor;
    }

    private void reload() {
        cursor = null;
        list.removeAllComponents();
        load();
    }

    private void load() {
        context.call(() -> notes.notesOf(context.caller(), recordType, recordId, new PageRequest(cursor, PAGE, null, true))).ifPresent(page -> {
            page.items().forEach(note -> list.addComponent(card(note)));
            cursor = page.nextCursor();
            more.setVisible(page.hasNext());
            if (list.getComponentCount() == 0) {
                list.addComponent(new Label(context.messages().get("notes.none")));
            }
        });
    }

    private VerticalLayout card(Note note) {
        Messages messages = context.messages();
        Label head = new Label((note.pinned() ? messages.get("notes.pinnedMark") + " " : "") + note.author() + " · "
                + context.format().dateTime(note.createdAt(), TEHRAN));
        head.addStyleName(ValoTheme.LABEL_SMALL);
        Label text = new Label(note.text());
        text.setWidth("100%");
        text.addStyleName("crm-note-text");
        CssLayout files = new CssLayout();
        note.attachments().forEach(file -> files.addComponent(download(file)));
        VerticalLayout card = new VerticalLayout(head, text, files);
        card.setId("note-" + note.id());
        card.addStyleName(ValoTheme.LAYOUT_CARD);
        if (note.editable()) {
            card.addComponent(actions(note));
        }
        return card;
    }

    private Link download(Attachment file) {
        StreamResource content = new StreamResource(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            notes.download(context.caller(), file.id(), out);
            return new ByteArrayInputStream(out.toByteArray());
        }, file.name());
        content.setMIMEType(file.contentType());
        Link link = new Link(file.name() + " (" + context.format().number(Math.max(1, file.size() / 1024)) + " KB)", content);
        link.setTargetName("_blank");
        link.setIcon(VaadinIcons.PAPERCLIP);
        link.addStyleName("crm-note-attachment");
        return link;
    }

    private HorizontalLayout actions(Note note) {
        Messages messages = context.messages();
        Upload upload = new Upload();
        upload.setButtonCaption(messages.get("notes.attach"));
        upload.setId("note-attach-" + note.id());
        BoundedReceiver received = new BoundedReceiver(notes.maxAttachmentBytes()).attachTo(upload);
        upload.addSucceededListener(done -> context.call(() -> notes.attach(context.caller(), note.id(), done.getFilename(),
                new ByteArrayInputStream(received.bytes()))).ifPresent(attached -> reload()));
        upload.addFailedListener(failed -> {
            if (received.tooLarge()) {
                context.showError(new PayloadTooLargeException(notes.maxAttachmentBytes()));
            }
        });
        Button delete = new Button(messages.get("notes.delete"), VaadinIcons.TRASH);
        delete.setId("note-delete-" + note.id());
        delete.addStyleNames(ValoTheme.BUTTON_BORDERLESS, ValoTheme.BUTTON_SMALL);
        delete.addClickListener(e -> ConfirmDialog.ask(messages.get("notes.delete"), messages.get("notes.deleteQuestion"), messages.get("notes.delete"),
                messages.get("notes.cancel"), true, () -> {
                    if (context.run(() -> notes.delete(context.caller(), note.id()))) {
                        reload();
                    }
                }));
        return new HorizontalLayout(upload, delete);
    }
}
