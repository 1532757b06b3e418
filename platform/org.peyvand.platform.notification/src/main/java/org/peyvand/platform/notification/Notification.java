package org.peyvand.platform.notification;

import java.time.Instant;
import java.util.List;

/**
 * One notification to one user. Its text is an i18n key with arguments, so each recipient reads it
 * in their own language: the key is the title, and {@code <key>.body}, when the module has one, the
 * body.
 *
 * @param id the inbox row's id; 0 when the recipient turned in-app delivery of this kind off
 * @param kind what it is about, e.g. {@code workflow.task}; preferences are per kind
 * @param link where it leads, or {@code null}
 */
public record Notification(long id, String recipient, String kind, String messageKey, List<String> args, NotificationLink link,
        Instant created, boolean read) {

    public Notification {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** The key of the body text, which a module may leave out. */
    public String bodyKey() {
        return messageKey + ".body";
    }
}
