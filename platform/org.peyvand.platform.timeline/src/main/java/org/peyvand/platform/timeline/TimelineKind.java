package org.peyvand.platform.timeline;

/** A kind of entry the timeline's filter offers: its id ({@code <module>.<kind>}) and its label in the caller's language. */
public record TimelineKind(String id, String label) {
}
