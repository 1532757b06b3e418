package org.peyvand.platform.report;

import org.peyvand.platform.form.FieldType;
import org.peyvand.platform.form.LocalizedText;

/**
 * A column of a report's result: its heading, the kind of its values and, for a group, how dates
 * were bucketed (its values are then the bucket's first day).
 */
public record ResultColumn(String field, LocalizedText label, FieldType type, Aggregate aggregate, DateBucket bucket) {
}
