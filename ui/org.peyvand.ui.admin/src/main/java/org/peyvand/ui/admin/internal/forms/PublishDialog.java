package org.peyvand.ui.admin.internal.forms;

import java.util.function.Consumer;

import org.peyvand.platform.core.i18n.Messages;

import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** Asks for an optional comment, kept with the version, before a form is published. */
final class PublishDialog extends Window {
    private static final long serialVersionUID = 1L;
    private static final int COMMENT_LIMIT = 500;

    PublishDialog(Messages messages, String formName, Consumer<String> publish) {
        super(messages.get("admin.form.publish"));
        setId("publish-dialog");
        setModal(true);
        setWidth("480px");
        addStyleName("crm-dialog");
        Label question = new Label(messages.get("admin.form.publishQuestion", formName));
        question.setWidth("100%");
        TextArea comment = new TextArea(messages.get("admin.form.comment"));
        comment.setId("publish-comment");
        comment.setWidth("100%");
        comment.setRows(3);
        comment.setMaxLength(COMMENT_LIMIT);
        Button confirm = new Button(messages.get("admin.form.publish"), e -> {
            close();
            publish.accept(comment.getValue().isBlank() ? null : comment.getValue().strip());
        });
        confirm.setId("publish-confirm");
        confirm.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(messages.get("ui.action.cancel"), e -> close());
        cancel.setId("publish-cancel");
        CssLayout buttons = new CssLayout(confirm, cancel);
        buttons.addStyleName("crm-row");
        setContent(new VerticalLayout(question, comment, buttons));
    }
}
