package org.peyvand.module.relations;

import java.util.Locale;

/** What a link's end is: an account or a contact of the accounts module, each with its record type. */
public enum RecordKind {
    ACCOUNT("account", "accounts.account"),
    CONTACT("contact", "accounts.contact");

    private final String code;
    private final String recordType;

    RecordKind(String code, String recordType) {
        this.code = code;
        this.recordType = recordType;
    }

    /** As stored and as REST and the shell take it: {@code account} or {@code contact}. */
    public String code() {
        return code;
    }

    /** The record type lookups, events and screens name it by. */
    public String recordType() {
        return recordType;
    }

    /** @return the kind with this code, in any case; {@code null} for anything else */
    public static RecordKind of(String code) {
        if (code == null) {
            return null;
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (RecordKind kind : values()) {
            if (kind.code.equals(wanted)) {
                return kind;
            }
        }
        return null;
    }

    /** @return the kind of this record type; {@code null} for any other type */
    public static RecordKind ofRecordType(String recordType) {
        for (RecordKind kind : values()) {
            if (kind.recordType.equals(recordType)) {
                return kind;
            }
        }
        return null;
    }
}
