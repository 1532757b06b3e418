package org.peyvand.ui.api;

/**
 * A record as other bundles see it: its type ({@code accounts.account}, {@code custom.letter}), its
 * id, and the name it is shown by.
 */
public record RecordRef(String type, String id, String title) {
}
