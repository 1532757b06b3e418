package org.peyvand.module.activities;

/** An activity is open until it is done (with its outcome) or cancelled. */
public enum ActivityStatus {
    OPEN, DONE, CANCELLED
}
