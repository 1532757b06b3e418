package org.peyvand.module.relations;

import java.time.Instant;
import java.time.LocalDate;

/** One directed link from a record to another, of one type, as every face shows it. */
public record Link(long id, long typeId, RecordKey from, RecordKey to, LocalDate startDate, LocalDate endDate, String notes, String owner,
        long ownerUnitId, Instant createdAt, Instant updatedAt, long version) {
}
