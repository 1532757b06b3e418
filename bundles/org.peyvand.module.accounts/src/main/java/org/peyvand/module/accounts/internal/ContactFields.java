package org.peyvand.module.accounts.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.peyvand.module.accounts.Contact;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.security.FieldAccess;

/**
 * A contact's fields as field rules and the audit trail name them (the record components), and
 * the two ways rules apply: hidden values never leave the service, and values the caller may not
 * change are kept as stored.
 */
final class ContactFields {
    static final String TYPE = Permissions.CONTACT;

    private ContactFields() {
    }

    static Contact mask(Contact c, FieldAccess access) {
        if (access.hidden().isEmpty()) {
            return c;
        }
        return new Contact(c.id(), access.shown("firstName", c.firstName()), access.shown("lastName", c.lastName()),
                access.shown("nationalCode", c.nationalCode()), access.shown("mobile", c.mobile()),
                access.shown("email", c.email()), access.shown("birthDate", c.birthDate()), access.shown("accountId", c.accountId()),
                access.shown("accountId", c.accountName()), access.shown("jobTitle", c.jobTitle()), access.shown("owner", c.owner()),
                c.createdAt(), c.updatedAt(), c.version(), WithCustom.shown(c.custom(), access));
    }

    /**
     * Before validation: fields the caller may not change, left empty because the caller never saw
     * them or sent only what they may edit, take their stored values ({@code stored} is {@code null}
     * for a new contact).
     */
    static ContactInput keepLocked(ContactInput in, Contact stored, FieldAccess access) {
        if (stored == null || access.hidden().isEmpty() && access.readOnly().isEmpty()) {
            return in;
        }
        return new ContactInput(keep(in.firstName(), stored.firstName(), "firstName", access),
                keep(in.lastName(), stored.lastName(), "lastName", access),
                keep(in.nationalCode(), stored.nationalCode(), "nationalCode", access),
                keep(in.mobile(), stored.mobile(), "mobile", access),
                keep(in.email(), stored.email(), "email", access),
                keep(in.birthDate(), stored.birthDate(), "birthDate", access),
                keep(in.accountId(), stored.accountId(), "accountId", access),
                keep(in.jobTitle(), stored.jobTitle(), "jobTitle", access), in.custom());
    }

    /** After validation: refuses, by field, any value the caller may not change that differs from the stored one. */
    static void refuseLockedChanges(ContactInput valid, Contact stored, FieldAccess access) {
        Validator v = new Validator();
        Map<String, Object> kept = stored == null ? Map.of() : values(input(stored));
        values(valid).forEach((field, value) -> v.check(access.editable(field) || Objects.equals(value, kept.get(field)), field,
                "accounts.error.fieldReadOnly"));
        v.throwIfInvalid();
    }

    /** The audited values. */
    static Map<String, Object> snapshot(Contact c) {
        Map<String, Object> values = values(input(c));
        values.put("owner", c.owner());
        values.putAll(c.custom());
        return values;
    }

    private static <T> T keep(T given, T stored, String field, FieldAccess access) {
        return access.editable(field) || given != null ? given : stored;
    }

    private static ContactInput input(Contact c) {
        return new ContactInput(c.firstName(), c.lastName(), c.nationalCode(), c.mobile(), c.email(), c.birthDate(), c.accountId(),
                c.jobTitle());
    }

    /** The record's own values by field name, which custom fields' conditions and expressions may read. */
    static Map<String, Object> values(ContactInput c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("firstName", c.firstName());
        values.put("lastName", c.lastName());
        values.put("nationalCode", c.nationalCode());
        values.put("mobile", c.mobile());
        values.put("email", c.email());
        values.put("birthDate", c.birthDate());
        values.put("accountId", c.accountId());
        values.put("jobTitle", c.jobTitle());
        return values;
    }
}
