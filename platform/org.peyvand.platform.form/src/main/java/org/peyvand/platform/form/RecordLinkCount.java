package org.peyvand.platform.form;

/**
 * How many things of one kind a record's deletion removes.
 *
 * @param labelKey an i18n key taking the count as its argument, e.g. {@code relations.links.count}
 */
public record RecordLinkCount(String labelKey, long count) {
}
