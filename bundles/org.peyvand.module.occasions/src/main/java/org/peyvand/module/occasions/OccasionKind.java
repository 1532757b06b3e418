package org.peyvand.module.occasions;

/** Where an occasion comes from. */
public enum OccasionKind {
    /** An official occasion of the Iranian calendar, seeded with the module. */
    OFFICIAL,
    /** An event an administrator defined for the company. */
    COMPANY,
    /** A contact's birthday, on the Jalali month and day of their birth date. */
    BIRTHDAY,
    /** The anniversary of a contact's custom date field, on its Jalali month and day. */
    ANNIVERSARY
}
