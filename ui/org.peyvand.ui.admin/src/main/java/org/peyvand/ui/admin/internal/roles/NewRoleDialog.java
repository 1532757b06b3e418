package org.peyvand.ui.admin.internal.roles;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.RoleService;
import org.peyvand.ui.admin.internal.AdminDialog;
import org.peyvand.ui.admin.internal.Fields;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextField;

/** Adds a role of the organisation's own; it starts with no permissions, granted afterwards in the matrix. */
final class NewRoleDialog extends AdminDialog {
    private static final long serialVersionUID = 1L;

    private final transient RoleService roles;
    private final TextField name;
    private final TextField labelFa;
    private final TextField labelEn;

    NewRoleDialog(UiContext context, RoleService roles) {
        super(context, "admin.role.new", "role-editor");
        this.roles = roles;
        Messages messages = context.messages();
        name = errors.bind("name", Fields.leftToRight(messages.get("admin.role.name"), "role-name", 40));
        name.setDescription(messages.get("admin.role.name.hint"));
        name.setRequiredIndicatorVisible(true);
        labelFa = errors.bind("labelFa", Fields.text(messages.get("admin.role.labelFa"), "role-label-fa", 100));
        labelFa.setRequiredIndicatorVisible(true);
        labelEn = errors.bind("labelEn", Fields.leftToRight(messages.get("admin.role.labelEn"), "role-label-en", 100));
        FormLayout form = new FormLayout(name, labelFa, labelEn);
        form.setMargin(false);
        show(form, "ui.action.save", "role-save", false);
    }

    @Override
    protected void save() {
        roles.create(context.caller(), name.getValue().strip(), labelFa.getValue(), labelEn.getValue());
    }
}
