package org.peyvand.module.accounts.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.peyvand.module.accounts.Account;
import org.peyvand.module.accounts.AccountInput;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.security.FieldAccess;

/** An account's fields as field rules and the audit trail name them; see {@link ContactFields}. */
final class AccountFields {
    static final String TYPE = Permissions.ACCOUNT;

    private AccountFields() {
    }

    static Account mask(Account a, FieldAccess access) {
        if (access.hidden().isEmpty()) {
            return a;
        }
        return new Account(a.id(), access.shown("name", a.name()), access.shown("nationalId", a.nationalId()),
                access.shown("economicCode", a.economicCode()), access.shown("registrationNumber", a.registrationNumber()),
                access.shown("industry", a.industry()), access.visible("phones") ? a.phones() : List.of(),
                access.visible("addresses") ? a.addresses() : List.of(), access.shown("website", a.website()),
                access.shown("owner", a.owner()), access.shown("parentId", a.parentId()), access.shown("parentId", a.parentName()),
                a.createdAt(), a.updatedAt(), a.version(), WithCustom.shown(a.custom(), access));
    }

    /** Before validation: locked fields left empty keep their stored values. */
    static AccountInput keepLocked(AccountInput in, Account stored, FieldAccess access) {
        if (stored == null || access.hidden().isEmpty() && access.readOnly().isEmpty()) {
            return in;
        }
        return new AccountInput(keep(in.name(), stored.name(), "name", access),
                keep(in.nationalId(), stored.nationalId(), "nationalId", access),
                keep(in.economicCode(), stored.economicCode(), "economicCode", access),
                keep(in.registrationNumber(), stored.registrationNumber(), "registrationNumber", access),
                keep(in.industry(), stored.industry(), "industry", access),
                access.editable("phones") || !in.phones().isEmpty() ? in.phones() : stored.phones(),
                access.editable("addresses") || !in.addresses().isEmpty() ? in.addresses() : stored.addresses(),
                keep(in.website(), stored.website(), "website", access),
                keep(in.owner(), stored.owner(), "owner", access),
                keep(in.parentId(), stored.parentId(), "parentId", access), in.custom());
    }

    /** After validation: refuses, by field, any value the caller may not change that differs from the stored one. */
    static void refuseLockedChanges(AccountInput valid, Account stored, String defaultOwner, FieldAccess access) {
        Validator v = new Validator();
        Map<String, Object> kept = stored == null ? Map.of("owner", defaultOwner) : values(input(stored));
        values(valid).forEach((field, value) -> v.check(access.editable(field) || Objects.equals(value, kept.get(field))
                || value instanceof List<?> list && list.isEmpty() && kept.get(field) == null, field, "accounts.error.fieldReadOnly"));
        v.throwIfInvalid();
    }

    /** The audited values. */
    static Map<String, Object> snapshot(Account a) {
        Map<String, Object> values = values(input(a));
        values.putAll(a.custom());
        return values;
    }

    /** The audited values of a validated input, as they are stored. */
    static Map<String, Object> snapshot(AccountInput valid) {
        return values(valid);
    }

    private static <T> T keep(T given, T stored, String field, FieldAccess access) {
        return access.editable(field) || given != null ? given : stored;
    }

    private static AccountInput input(Account a) {
        return new AccountInput(a.name(), a.nationalId(), a.economicCode(), a.registrationNumber(), a.industry(), a.phones(),
                a.addresses(), a.website(), a.owner(), a.parentId());
    }

    /** The record's own values by field name, which custom fields' conditions and expressions may read. */
    static Map<String, Object> values(AccountInput a) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", a.name());
        values.put("nationalId", a.nationalId());
        values.put("economicCode", a.economicCode());
        values.put("registrationNumber", a.registrationNumber());
        values.put("industry", a.industry());
        values.put("phones", a.phones());
        values.put("addresses", a.addresses());
        values.put("website", a.website());
        values.put("owner", a.owner());
        values.put("parentId", a.parentId());
        return values;
    }
}
