package org.peyvand.ui.shell.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Entities;

import org.peyvand.platform.core.format.DisplayFormat;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Caller;
import org.peyvand.ui.api.MenuBadge;
import org.peyvand.ui.api.RecordRef;
import org.peyvand.ui.api.RecordTab;
import org.peyvand.ui.api.UiContext;
import org.peyvand.ui.shell.internal.ContributionRegistry.ViewEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.Navigator;
import com.vaadin.server.Page;
import com.vaadin.server.VaadinSession;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.UIDetachedException;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The signed-in workspace: the side menu of the screens this user may open, the header with
 * global search, the notification bell, language and sign-out, and the screen itself. Modules
 * arriving or leaving change the menu of every open tab at once.
 */
final class Workspace extends CssLayout implements UiContext {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    /**
     * How often an open tab asks for what {@code UI.access} queued for it (a notification, a module
     * arriving or leaving). Vaadin's server push cannot serve here: since 8.12.2 its Atmosphere
     * bundle exports package versions the server does not import, so push never resolves in OSGi.
     */
    static final int POLL_MILLIS = 10_000;
    static final String HOME = "";
    /** The signed-in user's own page (password, second factor, tokens), contributed by the admin screens. */
    static final String PROFILE = "profile";

    private final CrmUI ui;
    private final transient WorkspaceServices services;
    private final Caller caller;
    private final Messages messages;
    private final transient DisplayFormat format;
    private final CssLayout menuItems = new CssLayout();
    /** Menu entries by screen id, kept across rebuilds so a click made while modules arrive is not lost. */
    private final Map<String, Button> entries = new HashMap<>();
    private final Map<String, String> captions = new HashMap<>();
    private final CssLayout menu = new CssLayout();
    private final CssLayout content = new CssLayout();
    private final Navigator navigator;
    private final transient Runnable contributionsChanged;
    private final NotificationBell bell;
    private final transient Runnable stopListening;

    Workspace(CrmUI ui, WorkspaceServices services, Caller caller) {
        this.ui = ui;
        this.services = services;
        this.caller = caller;
        this.messages = ui.messages();
        this.format = ui.format();
        setSizeFull();
        addStyleNames("crm-workspace", "valo-menu-responsive");
        com.vaadin.server.Responsive.makeResponsive(this);
        ui.addStyleName(ValoTheme.UI_WITH_MENU);

        menu.setPrimaryStyleName(ValoTheme.MENU_ROOT);
        menu.setId("crm-menu");
        buildMenuFrame();

        content.setPrimaryStyleName("valo-content");
        content.addStyleNames("v-scrollable", "crm-content");
        bell = new NotificationBell(this, services.notifications());
        CssLayout main = new CssLayout(header(), content);
        main.addStyleName("crm-main");

        addComponents(menu, main);

        navigator = new Navigator(ui, view -> {
            content.removeAllComponents();
            content.addComponent(view.getViewComponent());
        });
        navigator.addProvider(new ContributedViewProvider(services, this));
        navigator.setErrorProvider(new ContributedViewProvider.Missing(this));
        navigator.addViewChangeListener(event -> {
            if (!PROFILE.equals(event.getViewName()) && services.secondFactor().enrolmentRequired(caller)) {
                Notification.show(messages.get("ui.otp.enrolFirst"), Notification.Type.WARNING_MESSAGE);
                navigator.navigateTo(PROFILE);
                return false;
            }
            highlight(event.getViewName());
            refreshBadges();
            menu.removeStyleName("valo-menu-visible");
            return true;
        });
        refreshMenu();
        contributionsChanged = () -> ui.access(this::contributionsChanged);
        services.contributions().addListener(contributionsChanged);
        stopListening = services.notificationEvents().listen(caller.username(), this::inboxChanged);
        UserActivity.touch(ui.getSession(), Clock.systemUTC());
        ui.setPollInterval(POLL_MILLIS);
        ui.addPollListener(e -> signOutWhenIdle());
        navigator.navigateTo(navigator.getState());
    }

    void close() {
        services.contributions().removeListener(contributionsChanged);
        stopListening.run();
    }

    /**
     * Polls keep the HTTP session alive, so the session's idle limit is applied here, to the user's
     * own activity: past it, the workspace signs out as the sign-out button does.
     */
    private void signOutWhenIdle() {
        VaadinSession session = ui.getSession();
        int limitSeconds = session.getSession().getMaxInactiveInterval();
        if (limitSeconds > 0 && UserActivity.idle(session, Clock.systemUTC()).getSeconds() >= limitSeconds) {
            session.close();
            ui.getPage().setLocation("/crm/");
        }
    }

    /** On the event thread: into this tab's UI, which shows the new count at its next poll. */
    private void inboxChanged() {
        try {
            ui.access(bell::refresh);
        } catch (UIDetachedException closed) {
            // the tab closed between the event and now: nothing to show
        }
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public DisplayFormat format() {
        return format;
    }

    @Override
    public boolean rightToLeft() {
        return caller.preferences().rightToLeft();
    }

    @Override
    public void navigate(String viewId, String parameters) {
        navigator.navigateTo(parameters == null || parameters.isEmpty() ? viewId : viewId + "/" + parameters);
    }

    @Override
    public boolean opens(String recordType) {
        return recordView(recordType).isPresent();
    }

    @Override
    public void openRecord(String recordType, String recordId) {
        recordView(recordType).ifPresent(view -> navigate(view.id(), recordId));
    }

    private Optional<ViewEntry> recordView(String recordType) {
        return allowedViews().stream().filter(v -> v.records().contains(recordType)).findFirst();
    }

    @Override
    public List<Component> recordTabs(RecordRef record) {
        List<Component> tabs = new ArrayList<>();
        for (RecordTab tab : services.contributions().recordTabs()) {
            try {
                tab.create(this, record).ifPresent(tabs::add);
            } catch (RuntimeException failure) {
                // one module's broken tab must not take the record's screen with it
                LOG.warn("A record tab failed for {} {}", record.type(), record.id(), failure);
            }
        }
        return tabs;
    }

    @Override
    public void refreshBadges() {
        Map<String, List<MenuBadge>> badges = services.contributions().badges();
        entries.forEach((viewId, entry) -> {
            int count = 0;
            for (MenuBadge badge : badges.getOrDefault(viewId, List.of())) {
                try {
                    count += badge.count(caller);
                } catch (RuntimeException failure) {
                    LOG.warn("The menu badge of {} failed", viewId, failure);
                }
            }
            String caption = Entities.escape(captions.get(viewId));
            entry.setCaption(count <= 0 ? caption
                    : caption + " <span class=\"valo-menu-badge\">" + Entities.escape(format.number(count)) + "</span>");
        });
    }

    @Override
    public void showError(Throwable failure) {
        ui.showError(failure);
    }

    @Override
    public void changePreferences(DisplayPreferences preferences) {
        SessionPreferences.change(VaadinSession.getCurrent(), preferences, services.users());
        Page.getCurrent().reload();
    }

    @Override
    public void showSuccess(String message) {
        Notification notification = new Notification(message, Notification.Type.TRAY_NOTIFICATION);
        notification.setDelayMsec(2500);
        notification.show(Page.getCurrent());
    }

    /** The screens this user may open, in menu order. */
    List<ViewEntry> allowedViews() {
        return services.contributions().views().stream().filter(v -> services.guard().allows(caller, v.permission())).toList();
    }

    private void buildMenuFrame() {
        Label title = new Label(messages.get("ui.brand"));
        title.addStyleName("crm-brand");
        CssLayout titleWrap = new CssLayout(title);
        titleWrap.addStyleName(ValoTheme.MENU_TITLE);
        Button toggle = new Button(messages.get("ui.menu"), e -> {
            if (menu.getStyleName().contains("valo-menu-visible")) {
                menu.removeStyleName("valo-menu-visible");
            } else {
                menu.addStyleName("valo-menu-visible");
            }
        });
        toggle.setIcon(VaadinIcons.LIST);
        toggle.addStyleNames(ValoTheme.BUTTON_PRIMARY, ValoTheme.BUTTON_SMALL, "valo-menu-toggle");
        menuItems.setPrimaryStyleName("valo-menuitems");
        menu.addComponents(titleWrap, toggle, menuItems);
    }

    private void refreshMenu() {
        List<Component> items = new ArrayList<>();
        Map<String, String> wanted = new HashMap<>();
        items.add(entry(HOME, messages.get("ui.home"), "HOME", wanted));
        String section = null;
        for (ViewEntry view : allowedViews()) {
            if (!view.section().equals(section)) {
                section = view.section();
                // a designed record type may name a section no module uses
                Label heading = new Label(messages.find("ui.section." + section).orElse(section));
                heading.setPrimaryStyleName(ValoTheme.MENU_SUBTITLE);
                items.add(heading);
            }
            items.add(entry(view.id(), view.caption(messages), view.icon(), wanted));
        }
        entries.keySet().retainAll(wanted.keySet());
        captions.keySet().retainAll(wanted.keySet());
        menuItems.removeAllComponents();
        items.forEach(menuItems::addComponent);
        refreshBadges();
        highlight(navigator == null ? HOME : navigator.getState().split("/")[0]);
    }

    private Button entry(String viewId, String caption, String icon, Map<String, String> wanted) {
        wanted.put(viewId, caption);
        captions.put(viewId, caption);
        Button item = entries.computeIfAbsent(viewId, id -> {
            Button created = new Button(caption, e -> navigator.navigateTo(id));
            created.setPrimaryStyleName(ValoTheme.MENU_ITEM);
            created.setCaptionAsHtml(true);
            created.setId("menu-" + (id.isEmpty() ? "home" : id));
            created.setData(id);
            return created;
        });
        item.setIcon(icon(icon));
        return item;
    }

    private void highlight(String viewId) {
        menuItems.forEach(c -> {
            if (c instanceof Button b) {
                if (viewId.equals(b.getData())) {
                    b.addStyleName("selected");
                } else {
                    b.removeStyleName("selected");
                }
            }
        });
    }

    private void contributionsChanged() {
        refreshMenu();
        String current = navigator.getState().split("/")[0];
        if (!current.isEmpty() && allowedViews().stream().noneMatch(v -> v.id().equals(current))) {
            navigator.navigateTo(HOME);
            Notification.show(messages.get("ui.viewRemoved"), Notification.Type.WARNING_MESSAGE);
        }
    }

    private CssLayout header() {
        GlobalSearch search = new GlobalSearch(services, this);
        Button user = new Button(caller.username(), e -> navigator.navigateTo(PROFILE));
        user.setIcon(VaadinIcons.USER);
        user.setId("current-user");
        user.setDescription(messages.get("ui.profile"));
        user.addStyleName(ValoTheme.BUTTON_LINK);
        Button language = LoginScreen.languageSwitch(messages, services.users());
        Button settings = new Button(VaadinIcons.COG, e -> ui.addWindow(new PreferencesDialog(messages, caller.preferences(), services.users())));
        settings.setId("preferences-open");
        settings.setDescription(messages.get("ui.settings"));
        settings.addStyleNames(ValoTheme.BUTTON_BORDERLESS, ValoTheme.BUTTON_ICON_ONLY);
        Button signOut = new Button(messages.get("ui.signOut"), e -> {
            VaadinSession.getCurrent().close();
            Page.getCurrent().setLocation("/crm/");
        });
        signOut.setId("sign-out");
        signOut.setIcon(VaadinIcons.SIGN_OUT);
        signOut.addStyleName(ValoTheme.BUTTON_LINK);
        search.addStyleName("crm-grow");
        CssLayout header = new CssLayout(search, bell, language, settings, user, signOut);
        header.addStyleNames("crm-header", "crm-row");
        return header;
    }

    static com.vaadin.server.Resource icon(String name) {
        try {
            return VaadinIcons.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return VaadinIcons.PUZZLE_PIECE;
        }
    }
}
