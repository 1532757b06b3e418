package org.peyvand.module.notes;

/** What a share of a list allows. */
public enum ShareAccess {
    READ,
    /** Read, rename and change members or filters; sharing and deleting stay with the owner. */
    EDIT
}
