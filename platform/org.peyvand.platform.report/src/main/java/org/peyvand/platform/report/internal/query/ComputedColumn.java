package org.peyvand.platform.report.internal.query;

import org.peyvand.platform.report.ResultColumn;

/**
 * A column a report computes from the others of each row after its query.
 *
 * @param position where it stands among the result's columns
 * @param path where the definition names it, for refusals: {@code columns[2]}
 */
public record ComputedColumn(int position, String path, String expression, ResultColumn column) {
}
