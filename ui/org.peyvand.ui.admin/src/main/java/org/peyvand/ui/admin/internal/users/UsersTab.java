package org.peyvand.ui.admin.internal.users;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.Role;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.ui.admin.internal.AdminGrids;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.admin.internal.Lists;
import org.peyvand.ui.admin.internal.Tehran;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.TextField;
import com.vaadin.ui.themes.ValoTheme;

/** The list of users with a search box and, for user managers, the actions on the chosen user. */
final class UsersTab extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient UserAdministration services;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField search = new TextField();
    private final CssLayout actions = new CssLayout();
    private final Button edit;
    private final Button lock;
    private final Button password;
    private final Button resetOtp;
    private transient List<OrgUnit> units = List.of();
    private transient List<Role> roles = List.of();

    UsersTab(UiContext context, UserAdministration services) {
        this.context = context;
        this.services = services;
        addStyleName("crm-page");
        setSizeFull();
        Messages messages = context.messages();
        loadReferenceData();

        search.setId("users-search");
        search.setPlaceholder(messages.get("ui.action.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(350);
        search.addValueChangeListener(e -> refresh());
        search.addStyleName("crm-grow");
        actions.addStyleName("crm-row");
        CssLayout toolbar = new CssLayout(search, actions);
        toolbar.addStyleName("crm-row");

        Button create = Buttons.of(messages.get("ui.action.new"), VaadinIcons.PLUS, e -> edit(null));
        create.setId("users-new");
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        edit = action("users-edit", "ui.action.edit", VaadinIcons.EDIT, e -> selected().ifPresent(this::edit));
        lock = action("users-lock", "admin.user.lock", VaadinIcons.LOCK, e -> selected().ifPresent(this::toggleLock));
        password = action("users-password", "admin.user.setPassword", VaadinIcons.PASSWORD,
                e -> selected().ifPresent(u -> getUI().addWindow(new PasswordDialog(context, services.users(), u))));
        resetOtp = action("users-otp-reset", "admin.user.resetOtp", VaadinIcons.MOBILE, e -> selected().ifPresent(this::confirmOtpReset));
        boolean manage = services.guard().allows(context.caller(), KernelPermissions.USER_MANAGE);
        if (manage) {
            actions.addComponents(create, edit, lock, password, resetOtp);
        }

        addColumns(messages);
        grid.setId("users-grid");
        grid.setSizeFull();
        grid.addStyleName("crm-fill");
        grid.addSelectionListener(e -> selectionChanged());
        if (manage) {
            grid.addItemClickListener(e -> {
                if (e.getMouseEventDetails().isDoubleClick()) {
                    edit(e.getItem());
                }
            });
        }
        addComponents(toolbar, grid);
        refresh();
    }

    void refresh() {
        try {
            grid.setItems(services.users().list(context.caller(), search.getValue()));
        } catch (RuntimeException e) {
            context.showError(e);
        }
        selectionChanged();
    }

    private void addColumns(Messages messages) {
        Map<Long, String> unitNames = units.stream().collect(Collectors.toMap(OrgUnit::id, u -> u.name(messages.locale())));
        Map<String, String> roleLabels = roles.stream().collect(Collectors.toMap(Role::name, r -> r.label(messages.locale())));
        grid.addColumn(UserAccount::username).setId("username").setCaption(messages.get("admin.user.username"))
                .setStyleGenerator(u -> "crm-ltr");
        grid.addColumn(u -> u.displayName(messages.locale())).setId("name").setCaption(messages.get("admin.user.name"));
        grid.addColumn(u -> unitNames.getOrDefault(u.unitId(), context.format().number(u.unitId()))).setId("unit")
                .setCaption(messages.get("admin.user.unit"));
        grid.addColumn(u -> Lists.join(messages.locale(), u.roles().stream().map(r -> roleLabels.getOrDefault(r, r)).sorted().toList()))
                .setId("roles").setCaption(messages.get("admin.user.roles"));
        grid.addColumn(u -> UserStates.describe(u, messages, context.format())).setId("state")
                .setCaption(messages.get("admin.user.state"));
        grid.addColumn(u -> messages.get(u.otpEnabled() ? "admin.yes" : "admin.no")).setId("otp")
                .setCaption(messages.get("admin.user.otp"));
        grid.addColumn(u -> u.lastLoginAt() == null ? messages.get("admin.user.neverSignedIn")
                : context.format().dateTime(u.lastLoginAt(), Tehran.ZONE)).setId("lastLogin")
                .setCaption(messages.get("admin.user.lastLogin"));
        AdminGrids.columnsAdded(grid, context.rightToLeft());
    }

    /** Units and roles for names in the grid and choices in the editor, as far as the caller may read them. */
    private void loadReferenceData() {
        try {
            if (services.guard().allows(context.caller(), KernelPermissions.UNIT_READ)) {
                units = services.units().tree(context.caller());
            }
            if (services.guard().allows(context.caller(), KernelPermissions.ROLE_READ)) {
                roles = services.roles().list(context.caller());
            }
        } catch (RuntimeException e) {
            context.showError(e);
        }
    }

    /** An action on the chosen user, off until one is chosen. */
    private Button action(String id, String captionKey, VaadinIcons icon, Button.ClickListener listener) {
        Button button = Buttons.of(context.messages().get(captionKey), icon, listener);
        button.setId(id);
        button.setEnabled(false);
        return button;
    }

    private Optional<UserAccount> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void selectionChanged() {
        Optional<UserAccount> user = selected();
        boolean own = user.map(u -> u.username().equals(context.caller().username())).orElse(false);
        edit.setEnabled(user.isPresent());
        password.setEnabled(user.isPresent());
        // the service refuses to lock one's own account; the button says so by being off
        lock.setEnabled(user.isPresent() && !own);
        lock.setCaption(context.messages().get(user.map(UserAccount::locked).orElse(false) ? "admin.user.unlock" : "admin.user.lock"));
        lock.setIcon(user.map(UserAccount::locked).orElse(false) ? VaadinIcons.UNLOCK : VaadinIcons.LOCK);
        resetOtp.setEnabled(user.map(UserAccount::otpEnabled).orElse(false));
    }

    private void edit(UserAccount user) {
        UserEditor editor = new UserEditor(context, services.users(), user, units, roles);
        editor.addCloseListener(e -> refresh());
        getUI().addWindow(editor);
    }

    private void toggleLock(UserAccount user) {
        try {
            services.users().setLocked(context.caller(), user.username(), !user.locked());
            context.showSuccess(context.messages().get(user.locked() ? "admin.user.unlocked" : "admin.user.locked", user.username()));
            refresh();
        } catch (RuntimeException e) {
            context.showError(e);
        }
    }

    private void confirmOtpReset(UserAccount user) {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("admin.user.resetOtp"), messages.get("admin.user.resetOtp.question", user.username()),
                messages.get("admin.user.resetOtp.confirm"), messages.get("ui.action.cancel"), true, () -> {
                    try {
                        services.secondFactor().reset(context.caller(), user.username());
                        context.showSuccess(messages.get("admin.user.resetOtp.done", user.username()));
                        refresh();
                    } catch (RuntimeException e) {
                        context.showError(e);
                    }
                });
    }
}
