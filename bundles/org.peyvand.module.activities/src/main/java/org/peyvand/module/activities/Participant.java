package org.peyvand.module.activities;

import java.util.Locale;

/**
 * Who takes part in an activity: a colleague (by username) or a contact of the accounts module (by id).
 *
 * @param name the colleague's or contact's name as the caller may see it; {@code null} when unknown
 */
public record Participant(Type type, String key, String name) {

    public enum Type {
        USER, CONTACT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** As stored and as REST and the shell take it: {@code user:sara} or {@code contact:12}. */
    public String code() {
        return type.code() + ":" + key;
    }
}
