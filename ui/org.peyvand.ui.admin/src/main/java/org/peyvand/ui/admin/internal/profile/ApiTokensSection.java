package org.peyvand.ui.admin.internal.profile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.ApiTokens;
import org.peyvand.platform.security.PermissionDefinition;
import org.peyvand.ui.admin.internal.AdminGrids;
import org.peyvand.ui.admin.internal.Lists;
import org.peyvand.ui.admin.internal.Tehran;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.themes.ValoTheme;

/** The user's personal API tokens for integrations: which exist, until when, what they may do; create and revoke. */
final class ApiTokensSection extends ProfileSection {
    private static final long serialVersionUID = 1L;
    private static final int MAX_VISIBLE_ROWS = 8;

    private final transient UiContext context;
    private final transient ProfileServices services;
    private final Grid<ApiTokens.Token> grid = new Grid<>();
    private final Button revoke;
    private final Map<String, String> permissionLabels;

    ApiTokensSection(UiContext context, ProfileServices services) {
        super(context.messages().get("admin.profile.tokens"), "profile-tokens");
        this.context = context;
        this.services = services;
        Messages messages = context.messages();
        Button create = Buttons.of(messages.get("admin.token.new"), VaadinIcons.PLUS, e -> openCreate());
        create.setId("profile-token-new");
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        revoke = Buttons.of(messages.get("admin.token.revoke"), VaadinIcons.BAN, e -> selected().ifPresent(this::confirmRevoke));
        revoke.setId("profile-token-revoke");
        revoke.addStyleName(ValoTheme.BUTTON_DANGER);
        revoke.setEnabled(false);
        CssLayout buttons = new CssLayout(create, revoke);
        buttons.addStyleName("crm-row");

        permissionLabels = services.permissions().permissions().stream()
                .collect(Collectors.toMap(PermissionDefinition::id, p -> p.label(messages.locale()), (a, b) -> a));
        grid.addColumn(ApiTokens.Token::name).setId("name").setCaption(messages.get("admin.token.name"));
        grid.addColumn(t -> "pvd_" + t.prefix() + "_…").setId("prefix").setCaption(messages.get("admin.token.prefix"))
                .setStyleGenerator(t -> "crm-ltr");
        grid.addColumn(this::permissionNames).setId("permissions").setCaption(messages.get("admin.token.permissions"));
        grid.addColumn(t -> context.format().date(t.createdAt().atZone(Tehran.ZONE).toLocalDate())).setId("created")
                .setCaption(messages.get("admin.token.created"));
        grid.addColumn(t -> context.format().date(t.expiresAt().atZone(Tehran.ZONE).toLocalDate())).setId("expires")
                .setCaption(messages.get("admin.token.expires"));
        grid.addColumn(t -> t.lastUsedAt() == null ? messages.get("admin.token.neverUsed")
                : context.format().dateTime(t.lastUsedAt(), Tehran.ZONE))
                .setId("lastUsed").setCaption(messages.get("admin.token.lastUsed"));
        grid.addColumn(this::state).setId("state").setCaption(messages.get("admin.token.state"));
        grid.getColumns().forEach(c -> c.setSortable(false));
        AdminGrids.columnsAdded(grid, context.rightToLeft());
        grid.getColumn("permissions").setExpandRatio(2);
        grid.setDescriptionGenerator(this::permissionNames);
        grid.setId("profile-tokens-grid");
        grid.addSelectionListener(e -> revoke.setEnabled(selected().filter(t -> !t.revoked()).isPresent()));
        add(buttons, grid);
        refresh();
    }

    private void refresh() {
        try {
            List<ApiTokens.Token> tokens = services.tokens().mine(context.caller());
            grid.setItems(tokens);
            grid.setHeightByRows(Math.max(2, Math.min(tokens.size(), MAX_VISIBLE_ROWS)));
        } catch (RuntimeException e) {
            context.showError(e);
        }
        revoke.setEnabled(false);
    }

    private String permissionNames(ApiTokens.Token token) {
        return Lists.join(context.messages().locale(),
                token.permissions().stream().map(p -> permissionLabels.getOrDefault(p, p)).sorted().toList());
    }

    private String state(ApiTokens.Token token) {
        if (token.revoked()) {
            return context.messages().get("admin.token.state.revoked");
        }
        return context.messages().get(token.expiresAt().isBefore(Instant.now()) ? "admin.token.state.expired" : "admin.token.state.active");
    }

    private Optional<ApiTokens.Token> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void openCreate() {
        TokenDialog dialog = new TokenDialog(context, services);
        dialog.addCloseListener(e -> refresh());
        getUI().addWindow(dialog);
    }

    private void confirmRevoke(ApiTokens.Token token) {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("admin.token.revoke"), messages.get("admin.token.revoke.question", token.name()),
                messages.get("admin.token.revoke"), messages.get("ui.action.cancel"), true, () -> {
                    try {
                        services.tokens().revoke(context.caller(), token.id());
                        context.showSuccess(messages.get("admin.token.revoked"));
                    } catch (RuntimeException e) {
                        context.showError(e);
                    }
                    refresh();
                });
    }
}
