package org.peyvand.platform.notification;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.security.Caller;

/**
 * Notifies users and keeps their in-app inbox. Every signed-in user reads and marks only their own
 * inbox and sets only their own preferences; nobody, administrators included, reads another's.
 */
@ProviderType
public interface NotificationService {
    /** The channel every notification reaches unless its recipient turned it off for that kind. */
    String IN_APP = "in-app";
    int DEFAULT_LIMIT = 20;
    int MAX_LIMIT = 200;

    /**
     * Delivers to each recipient through every channel their preferences allow. Called by modules on
     * behalf of whatever happened, so it checks no permission.
     *
     * @param messageKey the i18n key of the title; {@code <messageKey>.body} the body, when there is one
     * @param link where it leads, or {@code null}
     * @return what each recipient's inbox received (recipients who turned in-app off are not in it)
     * @throws org.peyvand.platform.core.error.ValidationException naming {@code kind}, {@code recipients} or {@code messageKey}
     */
    List<Notification> notify(String kind, Collection<String> recipients, String messageKey, List<String> args, NotificationLink link);

    /**
     * The caller's notifications older than the cursor, newest first.
     *
     * @param before the previous page's {@code nextCursor}, or {@code null} for the newest
     * @throws org.peyvand.platform.core.error.ValidationException naming {@code limit} or {@code cursor}
     */
    Page<Notification> inbox(Caller caller, String before, int limit);

    long unreadCount(Caller caller);

    /** Marks the caller's own notifications among {@code ids} read; others' ids are ignored. */
    void markRead(Caller caller, Collection<Long> ids);

    void markAllRead(Caller caller);

    /**
     * For every kind the caller has received or chosen for, and every channel, whether it is on:
     * what the caller chose, else the channel's default.
     */
    List<NotificationPreference> preferences(Caller caller);

    /** @throws org.peyvand.platform.core.error.ValidationException naming {@code kind} or {@code channel} */
    void setPreference(Caller caller, String kind, String channel, boolean enabled);

    /** The channels present now, in-app first. */
    List<NotificationChannelInfo> channels();
}
