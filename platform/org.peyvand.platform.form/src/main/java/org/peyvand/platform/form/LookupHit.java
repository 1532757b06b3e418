package org.peyvand.platform.form;

/**
 * A record a lookup field can point at: its key as the field stores it (a record id, a username)
 * and its name in the caller's language.
 */
public record LookupHit(String key, String label) {
}
