package org.peyvand.ui.admin.internal.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.Role;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.platform.security.UserInput;
import org.peyvand.platform.security.UserService;
import org.peyvand.ui.admin.internal.AdminDialog;
import org.peyvand.ui.admin.internal.Fields;
import org.peyvand.ui.admin.internal.PreferenceFields;
import org.peyvand.ui.admin.internal.UnitPaths;
import org.peyvand.ui.api.UiContext;

import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;

/**
 * Creates a user, or changes one's details and roles. The username and the first password are
 * set only at creation; later passwords go through their own dialog.
 */
final class UserEditor extends AdminDialog {
    private static final long serialVersionUID = 1L;

    private final transient UserService users;
    private final UserAccount user;
    private final TextField username;
    private final TextField displayNameFa;
    private final TextField displayNameEn;
    private final TextField email;
    private final TextField mobile;
    private final ComboBox<Long> unit;
    private final PreferenceFields preferences;
    private final CheckBoxGroup<String> roles;
    private final PasswordField password;
    private final PasswordField passwordConfirm;

    /** @param user the user to change, {@code null} for a new one */
    UserEditor(UiContext context, UserService users, UserAccount user, List<OrgUnit> units, List<Role> allRoles) {
        super(context, user == null ? "admin.user.new" : "admin.user.edit", "user-editor");
        this.users = users;
        this.user = user;
        setHeight("90%");
        Messages messages = context.messages();
        boolean creating = user == null;

        username = errors.bind("username", Fields.leftToRight(messages.get("admin.user.username"), "user-username", 60));
        username.setRequiredIndicatorVisible(true);
        displayNameFa = errors.bind("displayNameFa", Fields.text(messages.get("admin.user.displayNameFa"), "user-display-name-fa", 200));
        displayNameFa.setRequiredIndicatorVisible(true);
        displayNameEn = errors.bind("displayNameEn",
                Fields.leftToRight(messages.get("admin.user.displayNameEn"), "user-display-name-en", 200));
        email = errors.bind("email", Fields.leftToRight(messages.get("admin.user.email"), "user-email", 200));
        mobile = errors.bind("mobile", Fields.leftToRight(messages.get("admin.user.mobile"), "user-mobile", 20));

        Map<Long, String> paths = UnitPaths.of(units, messages.locale());
        unit = errors.bind("unitId", UnitPaths.select(messages.get("admin.user.unit"), paths, messages.locale()));
        unit.setId("user-unit");

        preferences = new PreferenceFields(messages,
                creating ? DisplayPreferences.defaults(context.caller().locale()) : user.preferences(), "user");

        // in the service's order: built-in roles first
        Map<String, String> roleLabels = allRoles.stream()
                .collect(Collectors.toMap(Role::name, r -> r.label(messages.locale()), (a, b) -> a, LinkedHashMap::new));
        roles = errors.bind("roles", new CheckBoxGroup<>(messages.get("admin.user.roles"), roleLabels.keySet()));
        roles.setItemCaptionGenerator(roleLabels::get);
        roles.setId("user-roles");

        password = errors.bind("password", Fields.password(messages.get("admin.user.password"), "user-password"));
        password.setRequiredIndicatorVisible(true);
        passwordConfirm = errors.bind("passwordConfirm",
                Fields.password(messages.get("admin.user.passwordConfirm"), "user-password-confirm"));
        passwordConfirm.setRequiredIndicatorVisible(true);

        FormLayout form = new FormLayout();
        form.setMargin(false);
        if (creating) {
            form.addComponent(username);
        }
        form.addComponents(displayNameFa, displayNameEn, email, mobile, unit);
        preferences.components().forEach(form::addComponent);
        form.addComponent(roles);
        if (creating) {
            form.addComponents(password, passwordConfirm);
            unit.setValue(paths.containsKey(context.caller().unitId()) ? context.caller().unitId() : OrgUnit.ROOT_ID);
        } else {
            displayNameFa.setValue(nullToEmpty(user.displayNameFa()));
            displayNameEn.setValue(nullToEmpty(user.displayNameEn()));
            email.setValue(nullToEmpty(user.email()));
            mobile.setValue(context.format().digits(user.mobile()));
            unit.setValue(user.unitId());
            roles.setValue(user.roles());
            // nobody changes their own roles; the service would refuse it
            roles.setEnabled(!user.username().equals(context.caller().username()));
        }
        show(form, "ui.action.save", "user-save", false);
    }

    @Override
    protected void save() {
        if (unit.getValue() == null) {
            throw ValidationException.of("unitId", "core.error.required");
        }
        UserInput input = new UserInput(displayNameFa.getValue(), displayNameEn.getValue(), email.getValue(), mobile.getValue(),
                unit.getValue(), preferences.value());
        Set<String> chosenRoles = roles.getValue();
        if (user == null) {
            if (!password.getValue().equals(passwordConfirm.getValue())) {
                throw ValidationException.of("passwordConfirm", "admin.error.passwordMismatch");
            }
            users.create(context.caller(), username.getValue().strip(), input, password.getValue().toCharArray(), chosenRoles);
            return;
        }
        users.update(context.caller(), user.username(), input, user.version());
        if (roles.isEnabled() && !chosenRoles.equals(user.roles())) {
            users.setRoles(context.caller(), user.username(), chosenRoles);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
