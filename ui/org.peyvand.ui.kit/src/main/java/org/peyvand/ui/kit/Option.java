package org.peyvand.ui.kit;

/** A choice in a select or lookup field: the value stored and the label shown. */
public record Option(Object value, String label) {
}
