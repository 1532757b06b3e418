package org.peyvand.module.notes;

/** How a list gets its members. */
public enum ListKind {
    /** Members are added and removed one by one, or many at once. */
    STATIC,
    /** Members are the records its saved filter finds when the list is read. */
    DYNAMIC
}
