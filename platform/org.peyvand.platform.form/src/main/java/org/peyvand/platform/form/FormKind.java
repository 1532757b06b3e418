package org.peyvand.platform.form;

public enum FormKind {
    /** The fields of a record type: a module's type with custom fields added, or a no-code type. */
    RECORD_TYPE,
    /** A form of its own, whose submissions are stored (questionnaires, requests, workflow task forms). */
    STANDALONE
}
