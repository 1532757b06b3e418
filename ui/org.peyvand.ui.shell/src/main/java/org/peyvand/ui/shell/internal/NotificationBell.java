package org.peyvand.ui.shell.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.notification.Notification;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.NotificationPreference;
import org.peyvand.platform.notification.NotificationService;
import org.peyvand.ui.api.UiContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The bell in the workspace's header: the user's unread count, and a window of their recent
 * notifications, each of which, clicked, is marked read and opens what it links to, and of their
 * choice of channels for each kind.
 */
final class NotificationBell extends CssLayout {
    private static final long serialVersionUID = 1L;
    /** Notification times read in Iran's time, as every other time in the workspace. */
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    static final int RECENT = 20;

    private final transient UiContext context;
    private final transient NotificationService notifications;
    private final Label count = new Label();
    private Window open;

    NotificationBell(UiContext context, NotificationService notifications) {
        this.context = context;
        this.notifications = notifications;
        Button bell = new Button(VaadinIcons.BELL, e -> toggle());
        bell.setId("notification-bell");
        bell.setDescription(context.messages().get("ui.notifications"));
        bell.addStyleNames(ValoTheme.BUTTON_BORDERLESS, ValoTheme.BUTTON_ICON_ONLY);
        count.setId("notification-count");
        count.addStyleName("crm-notification-count");
        addComponents(bell, count);
        addStyleName("crm-row");
        refresh();
    }

    /** Reads the count again, and the list when it is open; on the UI's thread. */
    void refresh() {
        long unread = notifications.unreadCount(context.caller());
        count.setValue(context.format().number(unread));
        count.setVisible(unread > 0);
        if (open != null) {
            open.setContent(list());
        }
    }

    private void toggle() {
        if (open != null) {
            open.close();
            return;
        }
        open = new Window(context.messages().get("ui.notifications"), list());
        open.setId("notification-window");
        open.setWidth("420px");
        open.setHeight("70%");
        open.setResizable(false);
        open.addCloseListener(e -> open = null);
        UI.getCurrent().addWindow(open);
    }

    private VerticalLayout list() {
        Messages messages = context.messages();
        VerticalLayout list = new VerticalLayout();
        list.setId("notification-list");
        list.setMargin(true);
        List<Notification> recent = notifications.inbox(context.caller(), null, RECENT).items();
        Button readAll = new Button(messages.get("ui.notifications.readAll"), e -> {
            notifications.markAllRead(context.caller());
            refresh();
        });
        readAll.setId("notification-read-all");
        readAll.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        readAll.setEnabled(recent.stream().anyMatch(n -> !n.read()));
        Button settings = new Button(messages.get("ui.notifications.preferences"), e -> open.setContent(preferences()));
        settings.setId("notification-preferences");
        settings.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        list.addComponent(new HorizontalLayout(readAll, settings));
        if (recent.isEmpty()) {
            Label none = new Label(messages.get("ui.notifications.none"));
            none.setId("notification-none");
            list.addComponent(none);
        }
        recent.forEach(n -> list.addComponent(entry(messages, n)));
        return list;
    }

    private VerticalLayout entry(Messages messages, Notification n) {
        Object[] args = n.args().toArray();
        VerticalLayout entry = new VerticalLayout();
        entry.setId("notification-" + n.id());
        entry.setMargin(false);
        entry.setSpacing(false);
        entry.addStyleNames("crm-notification", n.read() ? "crm-read" : "crm-unread");
        entry.addComponent(new Label(messages.find(n.messageKey(), args).orElse(n.messageKey())));
        messages.find(n.bodyKey(), args).ifPresent(body -> entry.addComponent(new Label(body)));
        Label time = new Label(context.format().dateTime(n.created(), TEHRAN));
        time.addStyleName("crm-notification-time");
        entry.addComponent(time);
        entry.addLayoutClickListener(e -> opened(n));
        return entry;
    }

    /** For every kind the user received or chose for, a box per channel; a kind's label is the text under its own key. */
    private VerticalLayout preferences() {
        Messages messages = context.messages();
        VerticalLayout layout = new VerticalLayout();
        layout.setId("notification-preference-list");
        Button back = new Button(messages.get("ui.notifications.back"), e -> open.setContent(list()));
        back.setId("notification-back");
        back.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        layout.addComponent(back);
        Map<String, String> channelLabels = new LinkedHashMap<>();
        notifications.channels().forEach(c -> channelLabels.put(c.id(), messages.find(c.labelKey()).orElse(c.id())));
        Map<String, List<NotificationPreference>> byKind = new LinkedHashMap<>();
        notifications.preferences(context.caller()).forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p));
        if (byKind.isEmpty()) {
            layout.addComponent(new Label(messages.get("ui.notifications.noKinds")));
        }
        byKind.forEach((kind, choices) -> {
            Label name = new Label(messages.find(kind).orElse(kind));
            name.addStyleName(ValoTheme.LABEL_BOLD);
            layout.addComponent(name);
            HorizontalLayout boxes = new HorizontalLayout();
            for (NotificationPreference choice : choices) {
                CheckBox box = new CheckBox(channelLabels.getOrDefault(choice.channel(), choice.channel()), choice.enabled());
                box.setId("notification-choice-" + (kind + "-" + choice.channel()).replace('.', '_'));
                box.addValueChangeListener(e -> {
                    try {
                        notifications.setPreference(context.caller(), kind, choice.channel(), e.getValue());
                    } catch (RuntimeException failure) {
                        context.showError(failure);
                    }
                });
                boxes.addComponent(box);
            }
            layout.addComponent(boxes);
        });
        return layout;
    }

    private void opened(Notification n) {
        if (!n.read()) {
            notifications.markRead(context.caller(), List.of(n.id()));
        }
        if (open != null) {
            open.close();
        }
        refresh();
        NotificationLink link = n.link();
        if (link == null) {
            return;
        }
        if (link.toRecord()) {
            context.openRecord(link.recordType(), link.recordId());
        } else if (link.viewId() != null) {
            context.navigate(link.viewId(), link.parameters());
        }
    }
}
