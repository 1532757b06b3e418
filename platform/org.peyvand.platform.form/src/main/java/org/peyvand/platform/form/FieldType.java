package org.peyvand.platform.form;

/**
 * The kinds of value a field holds. The stored form of each value is fixed by its type: text,
 * a number, or a point in time, so that values filter and sort in the database.
 */
public enum FieldType {
    TEXT(Storage.TEXT),
    LONG_TEXT(Storage.TEXT),
    INTEGER(Storage.NUMBER),
    DECIMAL(Storage.NUMBER),
    /** Iranian rials, whole numbers; shown as rial or toman by the user's settings. */
    MONEY(Storage.NUMBER),
    PERCENT(Storage.NUMBER),
    /** A calendar day; entered and shown in Jalali for Persian users. */
    DATE(Storage.TIME),
    DATE_TIME(Storage.TIME),
    BOOLEAN(Storage.NUMBER),
    SELECT(Storage.TEXT),
    MULTI_SELECT(Storage.TEXT),
    /** The id of a record of the field's {@code lookupType}. */
    LOOKUP(Storage.NUMBER),
    /** A username. */
    USER(Storage.TEXT),
    ORG_UNIT(Storage.NUMBER),
    /** The id of a stored file. */
    FILE(Storage.NUMBER),
    IMAGE(Storage.NUMBER),
    PHONE(Storage.TEXT),
    EMAIL(Storage.TEXT),
    URL(Storage.TEXT),
    /** An Iranian national code (people) or national ID (legal entities). */
    NATIONAL_ID(Storage.TEXT),
    /** Worked out from other fields by the field's expression, never entered. */
    COMPUTED(Storage.NUMBER);

    /** Where a value of the type is stored. */
    public enum Storage {
        TEXT, NUMBER, TIME
    }

    private final Storage storage;

    FieldType(Storage storage) {
        this.storage = storage;
    }

    public Storage storage() {
        return storage;
    }

    /** Whether lists can be ordered by a field of this type: one value per record, and one that orders. */
    public boolean isSortable() {
        return this != LONG_TEXT && this != MULTI_SELECT && this != FILE && this != IMAGE;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == MONEY || this == PERCENT;
    }

    public boolean isTextual() {
        return this == TEXT || this == LONG_TEXT || this == PHONE || this == EMAIL || this == URL || this == NATIONAL_ID;
    }

    public boolean hasOptions() {
        return this == SELECT || this == MULTI_SELECT;
    }
}
