package org.peyvand.module.notes;

import java.util.List;

import org.peyvand.platform.report.ReportFilter;

/**
 * A new list, or the change of one (its record type and kind stay as created).
 *
 * @param filters the filters of a dynamic list, as the report builder takes them; ignored for a static one
 */
public record ListInput(String name, String recordType, ListKind kind, List<ReportFilter> filters) {
}
