package org.peyvand.module.occasions;

import java.time.Instant;
import java.time.LocalDate;

/** A greeting of a plan's history: claimed once per contact and occasion date, then sent or failed with its reason. */
public record Greeting(long id, long planId, long contactId, String contactName, LocalDate occasionDate, String channel, Status status,
        String reason, Instant at) {

    public enum Status {
        /** Claimed by a run that is sending it now (or stopped while sending: then it is never sent again). */
        CLAIMED, SENT, FAILED
    }
}
