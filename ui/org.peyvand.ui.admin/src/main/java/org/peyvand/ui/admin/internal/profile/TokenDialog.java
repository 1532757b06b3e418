package org.peyvand.ui.admin.internal.profile;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.ApiTokens;
import org.peyvand.platform.security.PermissionDefinition;
import org.peyvand.ui.admin.internal.AdminDialog;
import org.peyvand.ui.admin.internal.Fields;
import org.peyvand.ui.admin.internal.Tehran;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.CrmDateField;

import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Creates a personal API token: a name, the last day it works (90 days ahead unless changed) and
 * the permissions it may use, chosen from those the user holds. The token's text is shown once,
 * right after it is made.
 */
final class TokenDialog extends AdminDialog {
    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_DAYS = 90;

    private final transient ProfileServices services;
    private final TextField name;
    private final CrmDateField expiry;
    private final CheckBoxGroup<PermissionDefinition> permissions;
    private transient ApiTokens.Created created;

    TokenDialog(UiContext context, ProfileServices services) {
        super(context, "admin.token.new", "token-editor");
        this.services = services;
        setWidth("640px");
        setHeight("90%");
        Messages messages = context.messages();
        name = errors.bind("name", Fields.text(messages.get("admin.token.name"), "token-name", 100));
        name.setRequiredIndicatorVisible(true);
        expiry = errors.bind("expiresAt", new CrmDateField(messages.get("admin.token.expires"), context.format(),
                messages.get("core.error.invalidDate")));
        expiry.setId("token-expiry");
        expiry.setValue(Tehran.today().plusDays(DEFAULT_DAYS));
        expiry.setRequiredIndicatorVisible(true);
        List<PermissionDefinition> held = services.permissions().permissions().stream()
                .filter(p -> services.guard().allows(context.caller(), p.id()))
                .sorted(Comparator.comparing(PermissionDefinition::module).thenComparing(PermissionDefinition::id))
                .toList();
        permissions = errors.bind("permissions", new CheckBoxGroup<>(messages.get("admin.token.permissions"), held));
        permissions.setItemCaptionGenerator(p -> p.label(messages.locale()));
        permissions.setId("token-permissions");
        permissions.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(name, expiry, permissions);
        form.setMargin(false);
        show(form, "admin.token.create", "token-save", false);
    }

    @Override
    protected void save() {
        if (!expiry.isInputValid()) {
            throw ValidationException.of("expiresAt", "core.error.invalidDate");
        }
        Set<String> chosen = permissions.getValue().stream().map(PermissionDefinition::id).collect(Collectors.toSet());
        created = services.tokens().create(context.caller(), name.getValue(),
                expiry.getValue() == null ? null : Tehran.endOf(expiry.getValue()), chosen);
    }

    /** The token's text, shown once with a hint to copy it now; the store keeps only its hash. */
    @Override
    protected void saved() {
        Messages messages = context.messages();
        Label hint = new Label(messages.get("admin.token.secret.hint"));
        hint.addStyleName(ValoTheme.LABEL_BOLD);
        hint.setWidth("100%");
        TextField secret = Fields.leftToRight(messages.get("admin.token.secret"), "token-secret", 200);
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        Button close = new Button(messages.get("ui.action.close"), e -> close());
        close.setId("token-close");
        close.addStyleName(ValoTheme.BUTTON_PRIMARY);
        VerticalLayout content = new VerticalLayout(hint, secret, close);
        content.setWidth("100%");
        setHeightUndefined();
        setContent(content);
        secret.selectAll();
        secret.focus();
    }
}
