package org.peyvand.module.activities;

/** What sort of activity it is. */
public enum ActivityKind {
    CALL, MEETING, TASK, EMAIL, LETTER
}
