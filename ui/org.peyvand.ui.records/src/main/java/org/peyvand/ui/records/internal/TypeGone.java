package org.peyvand.ui.records.internal;

import org.peyvand.ui.api.UiContext;

import com.vaadin.navigator.View;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** What opens when a record type's form changed so that it is no designed record type any more. */
final class TypeGone extends VerticalLayout implements View {
    private static final long serialVersionUID = 1L;

    TypeGone(UiContext context) {
        setId("view-records-gone");
        Label text = new Label(context.messages().get("records.gone"));
        text.addStyleName(ValoTheme.LABEL_H3);
        addComponent(text);
    }
}
