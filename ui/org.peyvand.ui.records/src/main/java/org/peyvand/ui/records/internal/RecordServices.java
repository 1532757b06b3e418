package org.peyvand.ui.records.internal;

import java.util.Optional;

import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordService;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.ui.api.UiContext;

/** The services the screens of designed record types call. */
record RecordServices(RecordService records, CustomFields forms, AccessGuard guard, RecordAccess access, AuditTrail audit) {

    /** The type's form as it stands now, while it is a designed record type. */
    Optional<FormDefinition> form(String type) {
        return forms.form(type).filter(RecordTypes::designed);
    }

    /** Whether the user may do {@code action} (read, create, update, delete, import, export) with records of the type. */
    boolean allows(UiContext context, String type, String action) {
        return guard.allows(context.caller(), type + "." + action);
    }

    FieldAccess fields(UiContext context, String type) {
        return access.fields(context.caller(), type);
    }
}
