package org.peyvand.platform.rest.internal.notification;

import java.time.Instant;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.notification.Notification;
import org.peyvand.platform.notification.NotificationChannelInfo;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.NotificationPreference;
import org.peyvand.platform.notification.NotificationService;
import org.peyvand.platform.rest.RestContext;
import org.peyvand.platform.rest.RestResource;
import org.peyvand.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = NotificationResource.class, property = RestResource.PROPERTY)
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The caller's own in-app notifications (اعلان‌ها) and how each kind reaches them")
public class NotificationResource {
    private final NotificationService notifications;
    private final I18nService i18n;

    @Activate
    public NotificationResource(@Reference NotificationService notifications, @Reference I18nService i18n) {
        this.notifications = notifications;
        this.i18n = i18n;
    }

    /** A notification with its text in the caller's language beside the key and arguments it came with. */
    public record NotificationBody(long id, String kind, String title, String body, String messageKey, List<String> args,
            NotificationLink link, Instant created, boolean read) {
    }

    public record InboxBody(List<NotificationBody> items, String nextCursor) {
    }

    public record CountBody(long unread) {
    }

    public record IdsBody(List<Long> ids) {
    }

    public record PreferencesBody(List<ChannelBody> channels, List<NotificationPreference> preferences) {
    }

    public record ChannelBody(String id, String label, boolean onByDefault) {
    }

    @GET
    @Operation(summary = "The caller's notifications older than the cursor, newest first, keyset-paged")
    public InboxBody inbox(@Context SecurityContext security,
            @Parameter(description = "the previous page's nextCursor") @QueryParam("before") String before,
            @Parameter(description = "notifications per page, 1 to 200 (default 20)") @QueryParam("limit") Integer limit) {
        Caller caller = RestContext.caller(security);
        Messages messages = i18n.messages(caller.locale());
        Page<Notification> page = notifications.inbox(caller, before, limit == null ? NotificationService.DEFAULT_LIMIT : limit);
        return new InboxBody(page.items().stream().map(n -> body(messages, n)).toList(), page.nextCursor());
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    public CountBody unreadCount(@Context SecurityContext security) {
        return new CountBody(notifications.unreadCount(RestContext.caller(security)));
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Marks the caller's notifications with these ids read ({\"ids\": [..]}); ids of others' are ignored")
    public CountBody markRead(@Context SecurityContext security, IdsBody body) {
        Caller caller = RestContext.caller(security);
        notifications.markRead(caller, body == null || body.ids() == null ? List.of() : body.ids());
        return new CountBody(notifications.unreadCount(caller));
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Marks all the caller's notifications read")
    public CountBody markAllRead(@Context SecurityContext security) {
        Caller caller = RestContext.caller(security);
        notifications.markAllRead(caller);
        return new CountBody(notifications.unreadCount(caller));
    }

    @GET
    @Path("preferences")
    @Operation(summary = "The channels present and, for every kind the caller received or chose for, whether each channel delivers it")
    public PreferencesBody preferences(@Context SecurityContext security) {
        Caller caller = RestContext.caller(security);
        return preferencesOf(caller);
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turns one channel on or off for one kind ({\"kind\", \"channel\", \"enabled\"}); answers the preferences after it")
    public PreferencesBody setPreference(@Context SecurityContext security, NotificationPreference body) {
        Caller caller = RestContext.caller(security);
        NotificationPreference choice = body == null ? new NotificationPreference(null, null, false) : body;
        notifications.setPreference(caller, choice.kind(), choice.channel(), choice.enabled());
        return preferencesOf(caller);
    }

    private PreferencesBody preferencesOf(Caller caller) {
        Messages messages = i18n.messages(caller.locale());
        List<ChannelBody> channels = notifications.channels().stream().map((NotificationChannelInfo c) -> new ChannelBody(c.id(),
                messages.find(c.labelKey()).orElse(c.id()), c.onByDefault())).toList();
        return new PreferencesBody(channels, notifications.preferences(caller));
    }

    private static NotificationBody body(Messages messages, Notification n) {
        Object[] args = n.args().toArray();
        return new NotificationBody(n.id(), n.kind(), messages.find(n.messageKey(), args).orElse(n.messageKey()),
                messages.find(n.bodyKey(), args).orElse(null), n.messageKey(), n.args(), n.link(), n.created(), n.read());
    }
}
