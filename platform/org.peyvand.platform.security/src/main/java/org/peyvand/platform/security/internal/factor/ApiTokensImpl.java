package org.peyvand.platform.security.internal.factor;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.Validator;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.ApiTokens;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.platform.security.internal.RoleBasedAccess;
import org.peyvand.platform.security.internal.audit.AuditWriter;
import org.peyvand.platform.security.internal.jpa.ApiTokenEntity;
import org.peyvand.platform.security.internal.jpa.UserEntity;
import org.peyvand.platform.security.internal.jpa.UserQueries;
import org.peyvand.platform.security.internal.login.Secrets;

/**
 * Tokens read {@code pvd_<prefix>_<secret>} (the prefix in hex, so the first underscore ends it): the prefix finds the row through a unique index, the
 * secret is compared with its stored SHA-256 in constant time.
 */
@Component
public class ApiTokensImpl implements ApiTokens {
    static final String MARK = "pvd_";
    static final Duration LONGEST = Duration.ofDays(366);
    private static final String OBJECT_TYPE = "platform.token";

    private final Transactions tx;
    private final RoleBasedAccess access;
    private final SessionRegistry sessions;
    private final Clock clock;
    private final AuditWriter audit;

    @Activate
    public ApiTokensImpl(@Reference(target = "(osgi.unit.name=crm.security)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.security)") SchemaReady schema, @Reference RoleBasedAccess access,
            @Reference SessionRegistry sessions) {
        this(new Transactions(jpa), access, sessions, Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static ApiTokensImpl wiredWith(Transactions tx, RoleBasedAccess access, SessionRegistry sessions, Clock clock) {
        return new ApiTokensImpl(tx, access, sessions, clock);
    }

    private ApiTokensImpl(Transactions tx, RoleBasedAccess access, SessionRegistry sessions, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.sessions = sessions;
        this.clock = clock;
        this.audit = new AuditWriter(clock);
    }

    @Override
    public Created create(Caller caller, String name, Instant expiresAt, Set<String> permissions) {
        Instant now = clock.instant();
        Validator v = new Validator();
        v.required(name, "name").maxLength(name, 100, "name");
        v.check(expiresAt != null && expiresAt.isAfter(now) && !expiresAt.isAfter(now.plus(LONGEST)), "expiresAt",
                "security.error.tokenExpiry", LONGEST.toDays());
        v.check(permissions != null && !permissions.isEmpty(), "permissions", "core.error.required");
        v.throwIfInvalid();
        for (String permission : permissions) {
            v.check(access.allows(caller, permission), "permissions", "security.error.permissionBeyondCaller", permission);
        }
        v.throwIfInvalid();
        String prefix = HexFormat.of().formatHex(Secrets.bytes(6));
        String secret = Secrets.random(32);
        ApiTokenEntity token = tx.write(em -> user(em, caller.username()), (em, user) -> {
            ApiTokenEntity row = new ApiTokenEntity(user.id(), name.strip(), prefix, Secrets.sha256(secret), permissions, now, expiresAt);
            em.persist(row);
            em.flush();
            audit.write(em, caller.username(), "token.created", OBJECT_TYPE, String.valueOf(row.toToken().id()), name.strip(), List.of());
            return row;
        });
        return new Created(token.toToken(), MARK + prefix + "_" + secret);
    }

    @Override
    public List<Token> mine(Caller caller) {
        return tx.read(em -> em.createQuery("select t from ApiTokenEntity t where t.userId = :u order by t.createdAt desc",
                ApiTokenEntity.class).setParameter("u", user(em, caller.username()).id()).getResultList()
                .stream().map(ApiTokenEntity::toToken).toList());
    }

    @Override
    public void revoke(Caller caller, long id) {
        tx.write(em -> {
            ApiTokenEntity token = em.find(ApiTokenEntity.class, id);
            if (token == null || token.userId() != user(em, caller.username()).id()) {
                throw new NotFoundException("security.error.tokenNotFound", id);
            }
            return token;
        }, (em, token) -> {
            token.revoke(clock.instant());
            audit.write(em, caller.username(), "token.revoked", OBJECT_TYPE, String.valueOf(id), null, List.of());
            return null;
        });
        sessions.credentialsChanged(caller.username());
    }

    @Override
    public Optional<Caller> authenticate(String presented) {
        if (presented == null || !presented.startsWith(MARK) || presented.length() > 200) {
            return Optional.empty();
        }
        int split = presented.indexOf('_', MARK.length());
        if (split < 0) {
            return Optional.empty();
        }
        String prefix = presented.substring(MARK.length(), split);
        String hash = Secrets.sha256(presented.substring(split + 1));
        Instant now = clock.instant();
        return tx.write(em -> null, (em, nothing) -> {
            Optional<ApiTokenEntity> found = em.createQuery("select t from ApiTokenEntity t where t.prefix = :p", ApiTokenEntity.class)
                    .setParameter("p", prefix).getResultList().stream().findFirst()
                    .filter(t -> MessageDigest.isEqual(t.secretHash().getBytes(StandardCharsets.US_ASCII),
                            hash.getBytes(StandardCharsets.US_ASCII)))
                    .filter(t -> t.usable(now));
            if (found.isEmpty()) {
                return Optional.<Caller>empty();
            }
            ApiTokenEntity token = found.get();
            UserEntity user = em.find(UserEntity.class, token.userId());
            if (user == null || !user.active() || user.locked()) {
                return Optional.<Caller>empty();
            }
            token.used(now);
            audit.write(em, user.username(), "token.used", OBJECT_TYPE, String.valueOf(token.toToken().id()), null, List.of());
            return Optional.of(new Caller(user.username(), user.unitId(), user.roles(), user.preferences(), token.permissionSet()));
        });
    }

    private static UserEntity user(EntityManager em, String username) {
        return UserQueries.byUsername(em, username).orElseThrow(() -> new NotFoundException("security.error.userNotFound", username));
    }
}
