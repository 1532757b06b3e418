package org.peyvand.platform.timeline;

/** The record an entry opens: its type and id, as {@code UiContext.openRecord} takes them. */
public record TimelineLink(String type, String id) {
}
