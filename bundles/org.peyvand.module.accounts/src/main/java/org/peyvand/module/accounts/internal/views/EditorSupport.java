package org.peyvand.module.accounts.internal.views;

import java.util.function.Function;

import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.RecordAccess;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.RecordHistory;

import com.vaadin.ui.Component;

/** What the screens need besides their record services: the caller's field rules and a record's history. */
record EditorSupport(RecordAccess access, AuditTrail audit) {

    FieldAccess fields(UiContext context, String objectType) {
        return access.fields(context.caller(), objectType);
    }

    Component history(UiContext context, String objectType, long id, Function<String, String> fieldLabel) {
        return RecordHistory.of(context, audit, objectType, id, fieldLabel);
    }
}
