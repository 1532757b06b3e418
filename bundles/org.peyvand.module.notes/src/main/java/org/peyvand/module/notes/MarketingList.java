package org.peyvand.module.notes;

import java.time.Instant;
import java.util.List;

import org.peyvand.platform.report.ReportFilter;

/**
 * A group of records of one type: a marketing list, a campaign's audience.
 *
 * @param filters for a {@link ListKind#DYNAMIC} list, the report filters that find its members; empty for a static one
 * @param editable whether the caller may change its name, members or filters
 * @param manageable whether the caller may share and delete it
 */
public record MarketingList(long id, String name, String recordType, ListKind kind, List<ReportFilter> filters, String owner, long ownerUnitId,
        Instant createdAt, Instant updatedAt, long version, boolean editable, boolean manageable) {

    public MarketingList {
        filters = filters == null ? List.of() : List.copyOf(filters);
    }
}
