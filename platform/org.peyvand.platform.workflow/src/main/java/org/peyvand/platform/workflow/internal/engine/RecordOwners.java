package org.peyvand.platform.workflow.internal.engine;

import java.util.Optional;

/** Who owns a process's record, so a task can go to them ({@code ${recordOwner}}). */
@FunctionalInterface
public interface RecordOwners {

    /** Empty when the record's type has no owners, or the record is gone. */
    Optional<String> of(String recordType, String recordId);
}
