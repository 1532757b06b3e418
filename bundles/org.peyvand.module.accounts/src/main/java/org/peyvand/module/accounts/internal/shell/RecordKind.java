package org.peyvand.module.accounts.internal.shell;

/** The first argument of import and export. */
final class RecordKind {
    static final String CONTACTS = "contacts";
    static final String ACCOUNTS = "accounts";

    private RecordKind() {
    }

    static boolean isKnown(String kind) {
        return CONTACTS.equals(kind) || ACCOUNTS.equals(kind);
    }
}
