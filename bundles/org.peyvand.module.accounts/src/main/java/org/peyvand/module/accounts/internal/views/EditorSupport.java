package org.peyvand.module.accounts.internal.views;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.peyvand.platform.form.CustomFields;
import org.peyvand.platform.form.FileService;
import org.peyvand.platform.form.FormDefinition;
import org.peyvand.platform.form.RecordLinkCount;
import org.peyvand.platform.form.RecordLinks;
import org.peyvand.platform.form.RecordLookups;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.FileUploads;
import org.peyvand.ui.kit.OptionLookup;
import org.peyvand.ui.kit.RecordHistory;
import org.peyvand.ui.kit.RecordLookupOptions;

import com.vaadin.ui.Component;

/**
 * What the editors need besides their own record service: the caller's field rules, a record's
 * history, the record type's custom fields, where lookup fields find their records, where files go
 * and what deleting a record would remove.
 */
record EditorSupport(RecordAccess access, AuditTrail audit, CustomFields customFields, RecordLookups lookups, FileService files,
        RecordLinks links) {

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

    /** Where the custom lookup, user and org unit fields of {@code form} find their records. */
    Map<String, OptionLookup> lookups(UiContext context, FormDefinition form) {
        return form == null ? Map.of() : RecordLookupOptions.forForm(context.caller(), lookups, form);
    }

    /** Where the custom file and image fields keep their uploads. */
    FileUploads uploads(UiContext context) {
        return new FileUploads(context.caller(), files);
    }

    /** What the installed modules would remove with the record. */
    List<RecordLinkCount> links(UiContext context, String type, long id) {
        return links.linksTo(context.caller(), type, id);
    }

    /** A built-in field picking records of {@code type} by name. */
    OptionLookup lookup(UiContext context, String type) {
        return new RecordLookupOptions(context.caller(), lookups, type);
    }
}
