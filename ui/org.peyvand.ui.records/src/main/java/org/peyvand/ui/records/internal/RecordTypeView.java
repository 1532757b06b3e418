package org.peyvand.ui.records.internal;

import org.peyvand.platform.form.RecordActions;
import org.peyvand.ui.api.CrmView;
import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;

/** The screen of one designed record type; {@code <type>/<id>} opens a record. */
final class RecordTypeView implements CrmView {
    private final String type;
    private final RecordServices services;

    RecordTypeView(String type, RecordServices services) {
        this.type = type;
        this.services = services;
    }

    @Override
    public View create(UiContext context) {
        return services.form(type).<View>map(form -> services.allows(context, type, RecordActions.READ)
                ? new RecordsScreen(context, services, form) : new SubmitScreen(context, services, form)).orElseGet(() -> new TypeGone(context));
    }
}
