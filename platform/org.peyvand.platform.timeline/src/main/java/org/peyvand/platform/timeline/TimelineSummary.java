package org.peyvand.platform.timeline;

import java.time.Instant;

/**
 * The header of a record's timeline.
 *
 * @param openItems   how many entries are still open, over every module
 * @param lastContact the latest contact with the customer (a visit, a call, a message); {@code null} when none
 * @param owner       the username owning the record, as the record's own module says; {@code null} when unknown
 */
public record TimelineSummary(long openItems, Instant lastContact, String owner) {
    public static final TimelineSummary NONE = new TimelineSummary(0, null, null);

    /** Both summaries together: open items add up, the later contact and the first owner known win. */
    public TimelineSummary plus(TimelineSummary other) {
        Instant last = lastContact == null ? other.lastContact
                : other.lastContact == null || lastContact.isAfter(other.lastContact) ? lastContact : other.lastContact;
        return new TimelineSummary(openItems + other.openItems, last, owner != null ? owner : other.owner);
    }
}
