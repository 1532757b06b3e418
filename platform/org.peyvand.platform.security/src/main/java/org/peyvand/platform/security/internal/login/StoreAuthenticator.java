package org.peyvand.platform.security.internal.login;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import javax.persistence.EntityManager;
import javax.security.auth.Subject;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.LoginOutcome;
import org.peyvand.platform.security.internal.RoleBasedAccess;
import org.peyvand.platform.security.internal.audit.AuditWriter;
import org.peyvand.platform.security.internal.jpa.UserEntity;
import org.peyvand.platform.security.internal.jpa.UserQueries;

/**
 * Checks a login against the user store. The slow password check runs outside any transaction;
 * the outcome (counters, back-off, last login, audit line) is written in one short one after it.
 * <p>
 * The outcome goes to the user's row by update statements of its own rather than through the entity,
 * so it skips the row's version check: parallel logins of one user (a client that sends its
 * credentials with every request) must not conflict with one another, and a login is no edit of the
 * account that should make an administrator's pending change stale. Each statement holds the row's
 * lock until its transaction ends, so parallel logins take turns on it and every failure counts.
 */
@Component
public class StoreAuthenticator implements Authenticator {
    static final String OBJECT_TYPE = "platform.user";

    private final Transactions tx;
    private final RoleBasedAccess access;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditWriter audit;

    @Activate
    public StoreAuthenticator(@Reference(target = "(osgi.unit.name=crm.security)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.security)") SchemaReady schema,
            @Reference RoleBasedAccess access) {
        this(new Transactions(jpa), access, new PasswordHasher(), Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static StoreAuthenticator wiredWith(Transactions tx, RoleBasedAccess access, PasswordHasher hasher, Clock clock) {
        return new StoreAuthenticator(tx, access, hasher, clock);
    }

    private StoreAuthenticator(Transactions tx, RoleBasedAccess access, PasswordHasher hasher, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = new AuditWriter(clock);
    }

    private record Candidate(String passwordHash, boolean mayLogIn, String refusal, boolean otpEnabled, String otpSecret,
            Long otpLastStep) {
    }

    @Override
    public LoginOutcome login(String username, char[] password, String otpCode) {
        if (username == null || username.isBlank() || password == null) {
            return LoginOutcome.refused();
        }
        String name = Usernames.normalise(username);
        Instant now = clock.instant();
        Optional<Candidate> candidate = tx.read(em -> find(em, name).map(u -> candidate(u, now)));
        if (candidate.isEmpty()) {
            hasher.verifyNothing(password);
            record(name, "login.failed", "unknown user");
            return LoginOutcome.refused();
        }
        Candidate c = candidate.get();
        if (!c.mayLogIn()) {
            record(name, "login.refused", c.refusal());
            return LoginOutcome.refused();
        }
        if (!hasher.verify(password, c.passwordHash())) {
            failed(name, "login.failed", "wrong password");
            return LoginOutcome.refused();
        }
        OptionalLong otpStep = OptionalLong.empty();
        String recoveryHash = null;
        if (c.otpEnabled()) {
            if (otpCode == null) {
                return LoginOutcome.secondFactorNeeded();
            }
            String code = otpCode.strip().toLowerCase(Locale.ROOT);
            if (code.matches("[a-z2-7]{5}-[a-z2-7]{5}")) {
                recoveryHash = Secrets.sha256(code);
            } else {
                otpStep = Totp.verify(c.otpSecret(), code, now, c.otpLastStep());
                if (otpStep.isEmpty()) {
                    failed(name, "login.otpFailed", "wrong, expired or replayed code");
                    return LoginOutcome.refused();
                }
            }
        }
        OptionalLong usedStep = otpStep;
        String usedRecovery = recoveryHash;
        Optional<Caller> caller = tx.write(em -> find(em, name).orElseThrow(), (em, user) -> {
            if (usedRecovery != null ? !recoveryCodeUsed(em, user.id(), usedRecovery)
                    : usedStep.isPresent() && !otpStepTaken(em, user.id(), usedStep.getAsLong())) {
                return Optional.<Caller>empty();
            }
            succeeded(em, user.id(), now);
            audit.write(em, name, usedRecovery != null ? "login.recoveryCode" : "login.succeeded", OBJECT_TYPE, name, null, List.of());
            return Optional.of(new Caller(user.username(), user.unitId(), user.roles(), user.preferences()));
        });
        if (caller.isEmpty()) {
            failed(name, "login.otpFailed", usedRecovery != null ? "unknown or used recovery code" : "wrong, expired or replayed code");
            return LoginOutcome.refused();
        }
        if (!c.otpEnabled() && access.otpRequired(caller.get().roles())) {
            return LoginOutcome.enrolmentNeeded(caller.get());
        }
        return LoginOutcome.accepted(caller.get());
    }

    @Override
    public Optional<Caller> fromSubject(Subject subject) {
        if (subject == null) {
            return Optional.empty();
        }
        return subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst().flatMap(this::actingFor);
    }

    @Override
    public Optional<Caller> actingFor(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tx.read(em -> find(em, Usernames.normalise(username))
                .filter(u -> candidate(u, now).mayLogIn())
                .map(u -> new Caller(u.username(), u.unitId(), u.roles(), u.preferences())));
    }

    private static Candidate candidate(UserEntity user, Instant now) {
        String refusal = !user.active() ? "inactive" : user.locked() ? "locked"
                : user.blockedUntil() != null && user.blockedUntil().isAfter(now) ? "blocked after failed logins" : null;
        return new Candidate(user.passwordHash(), refusal == null, refusal, user.otpEnabled(), user.otpSecret(), user.otpLastStep());
    }

    private void failed(String name, String action, String why) {
        Instant now = clock.instant();
        tx.write(em -> find(em, name).orElseThrow(), (em, user) -> {
            Instant blockedUntil = LoginThrottle.blockedUntil(countFailure(em, user.id()), now);
            em.createQuery("update UserEntity u set u.blockedUntil = :until where u.id = :id")
                    .setParameter("until", blockedUntil).setParameter("id", user.id()).executeUpdate();
            audit.write(em, name, action, OBJECT_TYPE, name, why, List.of());
            if (blockedUntil != null) {
                audit.write(em, name, "login.lockout", OBJECT_TYPE, name, "blocked until " + blockedUntil, List.of());
            }
            return null;
        });
    }

    private void record(String name, String action, String why) {
        tx.write(em -> null, (em, nothing) -> {
            audit.write(em, name.length() > 60 ? name.substring(0, 60) : name, action, OBJECT_TYPE, null, why, List.of());
            return null;
        });
    }

    private static void succeeded(EntityManager em, long userId, Instant now) {
        em.createQuery("update UserEntity u set u.failedLogins = 0, u.blockedUntil = null, u.lastLoginAt = :now where u.id = :id")
                .setParameter("now", now).setParameter("id", userId).executeUpdate();
    }

    /** Adds a failure; the consecutive failures so far, this one and those of parallel logins included. */
    private static int countFailure(EntityManager em, long userId) {
        em.createQuery("update UserEntity u set u.failedLogins = u.failedLogins + 1 where u.id = :id")
                .setParameter("id", userId).executeUpdate();
        return em.createQuery("select u.failedLogins from UserEntity u where u.id = :id", Integer.class)
                .setParameter("id", userId).getSingleResult();
    }

    /** Takes a one-time code's time step, unless a parallel login took it or a later one first. */
    private static boolean otpStepTaken(EntityManager em, long userId, long step) {
        return em.createQuery("update UserEntity u set u.otpLastStep = :step where u.id = :id"
                + " and (u.otpLastStep is null or u.otpLastStep < :step)")
                .setParameter("step", step).setParameter("id", userId).executeUpdate() == 1;
    }

    /** Consumes a recovery code; whether it was there to consume. */
    private static boolean recoveryCodeUsed(EntityManager em, long userId, String codeHash) {
        return em.createNativeQuery("delete from sec_recovery_code where user_id = ?1 and code_hash = ?2")
                .setParameter(1, userId).setParameter(2, codeHash).executeUpdate() == 1;
    }

    private static Optional<UserEntity> find(EntityManager em, String username) {
        return UserQueries.byUsername(em, username);
    }
}
