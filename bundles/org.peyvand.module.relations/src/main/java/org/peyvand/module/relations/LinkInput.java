package org.peyvand.module.relations;

import java.time.LocalDate;

/**
 * What a user enters for a link; the service validates it.
 *
 * @param startDate when the relationship began; {@code null} when unknown
 * @param endDate   when it ended; {@code null} while it lasts
 */
public record LinkInput(Long typeId, RecordKind fromKind, Long fromId, RecordKind toKind, Long toId, LocalDate startDate, LocalDate endDate,
        String notes) {
}
