package org.peyvand.ui.records.internal;

import java.util.Optional;

import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FileService;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordActions;
import org.peyvand.platform.form.RecordLinks;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.form.RecordService;
import org.peyvand.platform.report.ReportExports;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.FileUploads;
import org.peyvand.ui.kit.FormRenderer;
import org.peyvand.ui.kit.RecordLookupOptions;

/** The services the screens of designed record types call. */
record RecordServices(RecordService records, CustomFields forms, AccessGuard guard, RecordAccess access, AuditTrail audit,
        RecordLookups lookups, FileService files, ReportExports exports, RecordLinks links) {

    /** The type's form as it stands now, while it is a designed record type or a stand-alone form. */
    Optional<FormDefinition> form(String type) {
        return forms.form(type).filter(f -> RecordTypes.designed(f) || RecordTypes.standAlone(f));
    }

    /**
     * Whether the user may do {@code action} (read, create, update, delete, import, export) with records of the type;
     * a stand-alone form's submissions are created by submitting and never changed or imported.
     */
    boolean allows(UiContext context, String type, String action) {
        return form(type).flatMap(f -> RecordActions.permission(f, action)).filter(p -> guard.allows(context.caller(), p)).isPresent();
    }

    FieldAccess fields(UiContext context, String type) {
        return access.fields(context.caller(), type);
    }

    /** A renderer for the type's form that finds lookup records and keeps uploads as the user. */
    FormRenderer renderer(UiContext context, FormDefinition form) {
        return new FormRenderer(context.messages(), context.format()).lookups(RecordLookupOptions.forForm(context.caller(), lookups, form))
                .files(new FileUploads(context.caller(), files));
    }
}
