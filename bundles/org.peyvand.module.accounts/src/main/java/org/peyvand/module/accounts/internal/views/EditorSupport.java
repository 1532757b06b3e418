package org.peyvand.module.accounts.internal.views;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.peyvand.module.accounts.AccountService;
import org.peyvand.module.accounts.ContactService;
import org.peyvand.module.accounts.internal.Permissions;
import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.OptionLookup;
import org.peyvand.ui.kit.RecordHistory;

import com.vaadin.ui.Component;

/**
 * What the editors need besides their own record service: the caller's field rules, a record's
 * history, the record type's custom fields and where lookup fields find accounts and people.
 */
record EditorSupport(RecordAccess access, AuditTrail audit, CustomFields customFields, AccountService accounts,
        ContactService contacts) {

    FieldAccess fields(UiContext context, String objectType) {
        return access.fields(context.caller(), objectType);
    }

    Component history(UiContext context, String objectType, long id, Function<String, String> fieldLabel) {
        return RecordHistory.of(context, audit, objectType, id, fieldLabel);
    }

    /** The record type's form, when it has one: its custom fields and their layout. */
    Optional<FormDefinition> form(String recordType) {
        return customFields.form(recordType);
    }

    /** Lookup fields of these record types pick their records by name. */
    Map<String, OptionLookup> lookups(UiContext context) {
        return Map.of(Permissions.ACCOUNT, new AccountLookup(context, accounts), Permissions.CONTACT, new ContactLookup(context, contacts));
    }
}
