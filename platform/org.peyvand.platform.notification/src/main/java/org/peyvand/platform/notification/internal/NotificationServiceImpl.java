package org.peyvand.platform.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.core.event.CrmEvents;
import org.peyvand.platform.core.page.Page;
import org.peyvand.platform.notification.Notification;
import org.peyvand.platform.notification.NotificationChannel;
import org.peyvand.platform.notification.NotificationChannelInfo;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.NotificationPreference;
import org.peyvand.platform.notification.NotificationService;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications through the in-app inbox, kept here, and the channels registered as services. A
 * channel that fails is logged and skipped, so one broken channel never keeps a notification from
 * the others. Once the inbox changed it posts {@code crm/notification/<username>/created|read}
 * (dots of the username as underscores; the username itself in {@value CrmEvents#PROPERTY_USER}).
 */
@Component(service = NotificationService.class)
public class NotificationServiceImpl implements NotificationService {
    public static final String AREA = "notification";
    public static final String CREATED = "created";
    public static final String READ = "read";
    static final String IN_APP_LABEL = "notification.channel.inApp";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationServiceImpl.class);
    private static final String SORT = "created";
    private static final Pattern KIND = Pattern.compile("[a-z][a-zA-Z0-9_.-]{0,99}");

    private final NotificationStore store;
    private final EventAdmin events;
    private final Clock clock;
    private final Map<String, NotificationChannel> channels = new ConcurrentHashMap<>();

    @Activate
    public NotificationServiceImpl(@Reference(target = "(osgi.unit.name=crm.notification)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.notification)") SchemaReady schema, @Reference EventAdmin events) {
        this(new Transactions(jpa), events, Clock.systemUTC());
    }

    NotificationServiceImpl(Transactions tx, EventAdmin events, Clock clock) {
        this.store = new NotificationStore(tx);
        this.events = events;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChannel(NotificationChannel channel) {
        if (IN_APP.equals(channel.id())) {
            LOG.warn("A notification channel may not be named {}: {} ignored", IN_APP, channel);
        } else if (channels.putIfAbsent(channel.id(), channel) != null) {
            LOG.warn("Two notification channels are named {}: the second, {}, is ignored", channel.id(), channel);
        }
    }

    void removeChannel(NotificationChannel channel) {
        channels.remove(channel.id(), channel);
    }

    @Override
    public List<Notification> notify(String kind, Collection<String> recipients, String messageKey, List<String> args, NotificationLink link) {
        Set<String> to = new LinkedHashSet<>();
        if (recipients != null) {
            recipients.stream().filter(r -> r != null && !r.isBlank()).forEach(to::add);
        }
        List<String> arguments = args == null ? List.of() : args.stream().map(a -> a == null ? "" : a).toList();
        Validator problems = new Validator();
        checkKind(problems, kind);
        problems.check(!to.isEmpty(), "recipients", "core.error.required").required(messageKey, "messageKey").maxLength(messageKey, 200,
                "messageKey").maxLength(String.join(NotificationEntity.ARG_SEPARATOR, arguments), 2000, "args");
        problems.throwIfInvalid();

        Map<String, Map<String, Boolean>> chosen = new HashMap<>();
        store.preferences(to, kind).forEach(p -> chosen.computeIfAbsent(p.username(), u -> new HashMap<>()).put(p.channel(), p.enabled()));
        List<String> inbox = to.stream().filter(r -> chosen.getOrDefault(r, Map.of()).getOrDefault(IN_APP, true)).toList();
        Instant now = clock.instant();
        List<Notification> stored = inbox.isEmpty() ? List.of() : store.add(inbox, kind, messageKey, arguments, link, now);
        stored.forEach(n -> post(n.recipient(), CREATED, n.id()));

        Map<String, Notification> byRecipient = new HashMap<>();
        stored.forEach(n -> byRecipient.put(n.recipient(), n));
        for (String recipient : to) {
            Notification notification = byRecipient.getOrDefault(recipient, new Notification(0, recipient, kind, messageKey, arguments, link,
                    now, false));
            for (NotificationChannel channel : channels.values()) {
                if (chosen.getOrDefault(recipient, Map.of()).getOrDefault(channel.id(), channel.onByDefault())) {
                    deliver(channel, notification);
                }
            }
        }
        return stored;
    }

    private static void deliver(NotificationChannel channel, Notification notification) {
        try {
            channel.deliver(notification);
        } catch (RuntimeException failure) {
            LOG.warn("Notification channel {} failed to deliver {} to {}", channel.id(), notification.kind(), notification.recipient(), failure);
        }
    }

    @Override
    public Page<Notification> inbox(Caller caller, String before, int limit) {
        String me = signedIn(caller);
        InstantCursor.checkLimit(limit, MAX_LIMIT);
        InstantCursor position = InstantCursor.decode(before, SORT);
        List<Notification> rows = store.page(me, position == null ? null : position.at(), position == null ? 0 : position.id(), limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        Notification last = rows.get(limit - 1);
        return new Page<>(rows.subList(0, limit), InstantCursor.encode(SORT, last.created(), last.id()));
    }

    @Override
    public long unreadCount(Caller caller) {
        return store.unread(signedIn(caller));
    }

    @Override
    public void markRead(Caller caller, Collection<Long> ids) {
        String me = signedIn(caller);
        List<Long> which = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (!which.isEmpty() && store.markRead(me, which) > 0) {
            post(me, READ, null);
        }
    }

    @Override
    public void markAllRead(Caller caller) {
        String me = signedIn(caller);
        if (store.markAllRead(me) > 0) {
            post(me, READ, null);
        }
    }

    @Override
    public List<NotificationPreference> preferences(Caller caller) {
        String me = signedIn(caller);
        Map<String, Boolean> chosen = new HashMap<>();
        Set<String> kinds = new TreeSet<>(store.kindsReceived(me));
        for (PreferenceEntity p : store.preferences(me)) {
            kinds.add(p.kind());
            chosen.put(p.kind() + "\n" + p.channel(), p.enabled());
        }
        List<NotificationPreference> preferences = new ArrayList<>();
        for (String kind : kinds) {
            for (NotificationChannelInfo channel : channels()) {
                preferences.add(new NotificationPreference(kind, channel.id(),
                        chosen.getOrDefault(kind + "\n" + channel.id(), channel.onByDefault())));
            }
        }
        return preferences;
    }

    @Override
    public void setPreference(Caller caller, String kind, String channel, boolean enabled) {
        String me = signedIn(caller);
        Validator problems = new Validator();
        checkKind(problems, kind);
        if (channel == null || channel.isBlank()) {
            problems.reject("channel", "core.error.required");
        } else if (!IN_APP.equals(channel) && !channels.containsKey(channel)) {
            problems.reject("channel", "notification.error.unknownChannel", channel);
        }
        problems.throwIfInvalid();
        store.choose(me, kind, channel, enabled);
    }

    @Override
    public List<NotificationChannelInfo> channels() {
        List<NotificationChannelInfo> all = new ArrayList<>();
        all.add(new NotificationChannelInfo(IN_APP, IN_APP_LABEL, true));
        channels.values().stream().map(c -> new NotificationChannelInfo(c.id(), c.labelKey(), c.onByDefault()))
                .sorted((a, b) -> a.id().compareTo(b.id())).forEach(all::add);
        return all;
    }

    /** The topic for one user's inbox; topics hold no dots, usernames may. */
    public static String topic(String username, String verbPast) {
        return CrmEvents.topic(AREA, username.replace('.', '_'), verbPast);
    }

    private static void checkKind(Validator problems, String kind) {
        if (kind == null || kind.isBlank()) {
            problems.reject("kind", "core.error.required");
        } else if (!KIND.matcher(kind).matches()) {
            problems.reject("kind", "notification.error.kind");
        }
    }

    /** Every signed-in user has an inbox of their own; a caller is one. */
    private static String signedIn(Caller caller) {
        return Objects.requireNonNull(caller, "caller").username();
    }

    private void post(String username, String verbPast, Long id) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CrmEvents.PROPERTY_USER, username);
        if (id != null) {
            properties.put(CrmEvents.PROPERTY_ID, id);
        }
        events.postEvent(new Event(topic(username, verbPast), properties));
    }
}
