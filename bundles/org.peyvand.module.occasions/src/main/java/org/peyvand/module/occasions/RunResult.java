package org.peyvand.module.occasions;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run sent on a day: greetings sent and failed now, those already claimed before (by an
 * earlier run or another node) and skipped, and the plans whose channel was absent.
 */
public record RunResult(LocalDate date, int sent, int failed, int alreadySent, List<Long> unavailablePlans) {
    public RunResult {
        unavailablePlans = List.copyOf(unavailablePlans);
    }
}
