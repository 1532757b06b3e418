package org.peyvand.platform.workflow;

/** The parts of a cartable. */
public enum CartableBox {
    /** Open items the user holds. */
    MINE,
    /** Open items offered to the user's unit or roles, not yet claimed. */
    TO_CLAIM,
    /** Open items the user referred to others and waits on. */
    SENT,
    /** Items the user closed. */
    DONE
}
