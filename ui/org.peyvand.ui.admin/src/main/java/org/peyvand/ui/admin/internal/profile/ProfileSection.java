package org.peyvand.ui.admin.internal.profile;

import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.VerticalLayout;

/** One titled part of the profile page; its parts span its width, so they follow the page direction. */
abstract class ProfileSection extends Panel {
    private static final long serialVersionUID = 1L;
    /** Input fields keep a reading width instead of spanning a wide page. */
    protected static final String FIELD_WIDTH = "320px";

    private final VerticalLayout body = new VerticalLayout();

    ProfileSection(String caption, String id) {
        super(caption);
        setId(id);
        setWidth("100%");
        body.setWidth("100%");
        setContent(body);
    }

    protected void add(Component... parts) {
        for (Component part : parts) {
            part.setWidth("100%");
            body.addComponent(part);
        }
    }

    protected void remove(Component part) {
        body.removeComponent(part);
    }

    protected static Label note(String text) {
        Label note = new Label(text);
        note.addStyleName("crm-muted");
        return note;
    }
}
