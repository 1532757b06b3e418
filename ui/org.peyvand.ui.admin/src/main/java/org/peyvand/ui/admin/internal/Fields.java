package org.peyvand.ui.admin.internal;

import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;

/**
 * Input fields as the forms of these screens use them: full width, with an id for browser tests;
 * usernames, emails, codes and passwords read left to right in either language.
 */
public final class Fields {

    private Fields() {
    }

    public static TextField text(String caption, String id, int maxLength) {
        TextField field = new TextField(caption);
        field.setId(id);
        field.setWidth("100%");
        field.setMaxLength(maxLength);
        return field;
    }

    public static TextField leftToRight(String caption, String id, int maxLength) {
        TextField field = text(caption, id, maxLength);
        field.addStyleName("crm-ltr");
        return field;
    }

    public static PasswordField password(String caption, String id) {
        PasswordField field = new PasswordField(caption);
        field.setId(id);
        field.setWidth("100%");
        field.addStyleName("crm-ltr");
        return field;
    }
}
