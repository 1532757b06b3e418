package org.peyvand.module.notes.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of attachments, in {@code etc/org.peyvand.module.notes.internal.NoteServiceImpl.cfg}. */
@ObjectClassDefinition(name = "Peyvand notes", description = "Limits of the files attached to notes")
public @interface NotesConfig {
    @AttributeDefinition(description = "The largest attachment accepted, in bytes")
    long maxAttachmentBytes() default 5L * 1024 * 1024;

    @AttributeDefinition(description = "How many attachments one note may have")
    int maxAttachments() default 10;
}
