package org.peyvand.ui.records.internal;

import org.peyvand.platform.form.FormDefinition;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** A stand-alone form for someone who may submit it but not read its submissions: the form, and nothing of others'. */
final class SubmitScreen extends VerticalLayout implements View {
    private static final long serialVersionUID = 1L;

    SubmitScreen(UiContext context, RecordServices services, FormDefinition form) {
        setId("view-form-submit");
        Label title = new Label(form.label().in(context.messages().locale().getLanguage()));
        title.addStyleName(ValoTheme.LABEL_H2);
        Button fill = new Button(context.messages().get("records.submit"), VaadinIcons.EDIT);
        fill.setId("form-fill");
        fill.addStyleName(ValoTheme.BUTTON_PRIMARY);
        fill.addClickListener(e -> getUI().addWindow(new RecordEditor(context, services, form, null, () -> {
        })));
        addComponents(title, fill);
    }
}
