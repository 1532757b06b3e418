package org.peyvand.platform.workflow.internal.model;

/** A sequence flow; {@code condition} is the JEXL text between {@code ${ }}, or null. */
public record Flow(String id, String name, String target, String condition) {
}
