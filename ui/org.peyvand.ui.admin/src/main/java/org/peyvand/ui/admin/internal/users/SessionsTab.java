package org.peyvand.ui.admin.internal.users;

import java.util.Optional;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.ui.admin.internal.AdminGrids;
import org.peyvand.ui.admin.internal.Buttons;
import org.peyvand.ui.admin.internal.Tehran;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.kit.ConfirmDialog;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.themes.ValoTheme;

/** The signed-in sessions of the workspace and the shell; an administrator can end any of them. */
final class SessionsTab extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final transient UiContext context;
    private final transient SessionRegistry sessions;
    private final Grid<SessionRegistry.Info> grid = new Grid<>();
    private final Button end;

    SessionsTab(UiContext context, SessionRegistry sessions) {
        this.context = context;
        this.sessions = sessions;
        addStyleName("crm-page");
        setSizeFull();
        Messages messages = context.messages();

        Button reload = Buttons.of(messages.get("admin.action.refresh"), VaadinIcons.REFRESH, e -> refresh());
        reload.setId("sessions-refresh");
        end = Buttons.of(messages.get("admin.session.end"), VaadinIcons.SIGN_OUT, e -> selected().ifPresent(this::confirmEnd));
        end.setId("sessions-end");
        end.addStyleName(ValoTheme.BUTTON_DANGER);
        end.setEnabled(false);
        CssLayout toolbar = new CssLayout(reload, end);
        toolbar.addStyleName("crm-row");

        grid.addColumn(SessionRegistry.Info::username).setId("username").setCaption(messages.get("admin.user.username"))
                .setStyleGenerator(s -> "crm-ltr");
        grid.addColumn(s -> messages.find("admin.session.channel." + s.channel()).orElse(s.channel())).setId("channel")
                .setCaption(messages.get("admin.session.channel"));
        grid.addColumn(s -> s.address() == null ? "" : s.address()).setId("address").setCaption(messages.get("admin.session.address"))
                .setStyleGenerator(s -> "crm-ltr");
        grid.addColumn(s -> context.format().dateTime(s.openedAt(), Tehran.ZONE)).setId("openedAt")
                .setCaption(messages.get("admin.session.openedAt"));
        AdminGrids.columnsAdded(grid, context.rightToLeft());
        grid.setId("sessions-grid");
        grid.setSizeFull();
        grid.addStyleName("crm-fill");
        grid.addSelectionListener(e -> end.setEnabled(selected().isPresent()));
        addComponents(toolbar, grid);
    }

    void refresh() {
        try {
            grid.setItems(sessions.list(context.caller()));
        } catch (RuntimeException e) {
            context.showError(e);
        }
        end.setEnabled(false);
    }

    private Optional<SessionRegistry.Info> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void confirmEnd(SessionRegistry.Info session) {
        Messages messages = context.messages();
        ConfirmDialog.ask(messages.get("admin.session.end"), messages.get("admin.session.end.question", session.username()),
                messages.get("admin.session.end"), messages.get("ui.action.cancel"), true, () -> {
                    try {
                        sessions.kill(context.caller(), session.id());
                        context.showSuccess(messages.get("admin.session.ended"));
                    } catch (RuntimeException e) {
                        context.showError(e);
                    }
                    refresh();
                });
    }
}
