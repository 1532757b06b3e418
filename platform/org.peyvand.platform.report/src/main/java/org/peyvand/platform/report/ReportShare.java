package org.peyvand.platform.report;

/** Someone a saved report is shared with: a user by username, a role by id, or an org unit (and the units under it) by id. */
public record ReportShare(Kind kind, String id) {

    public enum Kind {
        USER, ROLE, UNIT
    }
}
