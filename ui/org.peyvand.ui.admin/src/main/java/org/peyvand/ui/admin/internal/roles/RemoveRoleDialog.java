package org.peyvand.ui.admin.internal.roles;

import java.util.List;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Role;
import org.peyvand.platform.security.RoleService;
import org.peyvand.ui.admin.internal.AdminDialog;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;

/** Removes a role of the organisation's own that nobody holds any more; built-in roles stay. */
final class RemoveRoleDialog extends AdminDialog {
    private static final long serialVersionUID = 1L;

    private final transient RoleService roles;
    private final ComboBox<Role> role;

    RemoveRoleDialog(UiContext context, RoleService roles, List<Role> removable) {
        super(context, "admin.role.remove", "role-remove-dialog");
        this.roles = roles;
        Messages messages = context.messages();
        Label note = new Label(messages.get("admin.role.remove.note"));
        note.setWidth("100%");
        role = errors.bind("name", new ComboBox<>(messages.get("admin.role"), removable));
        role.setItemCaptionGenerator(r -> r.label(messages.locale()) + " (" + r.name() + ")");
        role.setId("role-remove-choice");
        role.setWidth("100%");
        role.setEmptySelectionAllowed(false);
        FormLayout form = new FormLayout(role);
        form.setMargin(false);
        VerticalLayout body = new VerticalLayout(note, form);
        body.setMargin(false);
        show(body, "admin.role.remove", "role-remove-confirm", true);
    }

    @Override
    protected void save() {
        if (role.getValue() == null) {
            throw ValidationException.of("name", "core.error.required");
        }
        roles.delete(context.caller(), role.getValue().name());
    }

    @Override
    protected void saved() {
        context.showSuccess(context.messages().get("ui.deleted"));
        close();
    }
}
