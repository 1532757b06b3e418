package org.peyvand.platform.security.internal.factor;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.AuditTrail;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.platform.security.KernelPermissions;

/** Sessions live in this node's memory, as the workspace and shell sessions they stand for do. */
@Component
public class SessionRegistryImpl implements SessionRegistry {
    private static final String OBJECT_TYPE = "platform.session";

    private final AccessGuard guard;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, Open> sessions = new ConcurrentHashMap<>();
    private final Map<String, Instant> loggedOutAt = new ConcurrentHashMap<>();

    private record Open(Info info, Runnable end) {
    }

    @Activate
    public SessionRegistryImpl(@Reference AccessGuard guard, @Reference AuditTrail audit) {
        this(guard, audit, Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static SessionRegistryImpl wiredWith(AccessGuard guard, AuditTrail audit, Clock clock) {
        return new SessionRegistryImpl(guard, audit, clock);
    }

    private SessionRegistryImpl(AccessGuard guard, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String opened(Caller caller, String channel, String address, Runnable end) {
        String id = UUID.randomUUID().toString();
        sessions.put(id, new Open(new Info(id, caller.username(), channel, address, clock.instant()), end));
        return id;
    }

    @Override
    public void closed(String id) {
        sessions.remove(id);
    }

    @Override
    public List<Info> list(Caller caller) {
        guard.require(caller, KernelPermissions.SESSION_MANAGE);
        return sessions.values().stream().map(Open::info).sorted(Comparator.comparing(Info::openedAt)).toList();
    }

    @Override
    public void kill(Caller caller, String id) {
        guard.require(caller, KernelPermissions.SESSION_MANAGE);
        Open open = sessions.remove(id);
        if (open == null) {
            throw new NotFoundException("security.error.sessionNotFound", id);
        }
        open.end().run();
        audit.record(caller.username(), "session.killed", OBJECT_TYPE, id, open.info().username() + " " + open.info().channel(), List.of());
    }

    @Override
    public void logoutEverywhere(Caller caller) {
        endSessionsOf(caller.username());
        audit.record(caller.username(), "session.logoutEverywhere", OBJECT_TYPE, null, null, List.of());
    }

    @Override
    public void credentialsChanged(String username) {
        loggedOutAt.put(username, clock.instant());
    }

    @Override
    public void endSessionsOf(String username) {
        credentialsChanged(username);
        sessions.values().stream().filter(s -> s.info().username().equals(username)).toList().forEach(s -> {
            sessions.remove(s.info().id());
            s.end().run();
        });
    }

    @Override
    public boolean stillValid(String username, Instant at) {
        Instant cut = loggedOutAt.get(username);
        return cut == null || at.isAfter(cut);
    }
}
