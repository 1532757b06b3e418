package org.peyvand.platform.form;

/** One choice of a select field: the stored value and its labels. */
public record FieldOption(String value, LocalizedText label) {
}
