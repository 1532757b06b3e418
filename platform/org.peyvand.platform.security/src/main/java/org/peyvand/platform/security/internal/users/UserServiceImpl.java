package org.peyvand.platform.security.internal.users;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.text.PersianText;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.AuditEntry;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.Colleague;
import org.peyvand.platform.security.Roles;
import org.peyvand.platform.security.SessionRegistry;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.platform.security.UserInput;
import org.peyvand.platform.security.UserService;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.platform.security.internal.RoleBasedAccess;
import org.peyvand.platform.security.internal.audit.AuditWriter;
import org.peyvand.platform.security.internal.jpa.OrgUnitEntity;
import org.peyvand.platform.security.internal.jpa.UserEntity;
import org.peyvand.platform.security.internal.jpa.UserQueries;
import org.peyvand.platform.security.internal.login.PasswordHasher;
import org.peyvand.platform.security.internal.login.PasswordPolicy;
import org.peyvand.platform.security.internal.login.Usernames;

@Component
public class UserServiceImpl implements UserService {
    static final String OBJECT_TYPE = "platform.user";

    private final Transactions tx;
    private final RoleBasedAccess guard;
    private final SessionRegistry sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final AuditWriter audit;

    @Activate
    public UserServiceImpl(@Reference(target = "(osgi.unit.name=crm.security)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.security)") SchemaReady schema,
            @Reference RoleBasedAccess guard, @Reference SessionRegistry sessions) {
        this(new Transactions(jpa), guard, sessions, new PasswordHasher(), Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static UserServiceImpl wiredWith(Transactions tx, RoleBasedAccess guard, SessionRegistry sessions, PasswordHasher hasher, Clock clock) {
        return new UserServiceImpl(tx, guard, sessions, hasher, clock);
    }

    private UserServiceImpl(Transactions tx, RoleBasedAccess guard, SessionRegistry sessions, PasswordHasher hasher, Clock clock) {
        this.tx = tx;
        this.guard = guard;
        this.sessions = sessions;
        this.hasher = hasher;
        this.policy = new PasswordPolicy(hasher);
        this.clock = clock;
        this.audit = new AuditWriter(clock);
    }

    @Override
    public List<UserAccount> list(Caller caller, String text) {
        guard.require(caller, KernelPermissions.USER_READ);
        String needle = text == null || text.isBlank() ? null : PersianText.normalize(text).toLowerCase(Locale.ROOT);
        return tx.read(em -> em.createQuery("select u from UserEntity u order by u.username", UserEntity.class).getResultList()
                .stream().map(UserEntity::toAccount)
                .filter(u -> needle == null || matches(u, needle)).toList());
    }

    @Override
    public UserAccount get(Caller caller, String username) {
        guard.require(caller, KernelPermissions.USER_READ);
        return tx.read(em -> user(em, username).toAccount());
    }

    @Override
    public UserAccount me(Caller caller) {
        return tx.read(em -> user(em, caller.username()).toAccount());
    }

    @Override
    public List<Colleague> directory(Caller caller, String text, int limit) {
        guard.require(caller, KernelPermissions.DIRECTORY_READ);
        String needle = text == null ? "" : PersianText.normalize(text).toLowerCase(Locale.ROOT);
        return tx.read(em -> em.createQuery("select u from UserEntity u where u.active = true order by u.username", UserEntity.class)
                .getResultList().stream().map(UserEntity::toAccount).filter(u -> matches(u, needle))
                .limit(Math.max(0, limit)).map(UserServiceImpl::colleague).toList());
    }

    @Override
    public List<Colleague> colleagues(Caller caller, Collection<String> usernames) {
        guard.require(caller, KernelPermissions.DIRECTORY_READ);
        if (usernames.isEmpty()) {
            return List.of();
        }
        return tx.read(em -> em.createQuery("select u from UserEntity u where u.username in :names", UserEntity.class)
                .setParameter("names", usernames).getResultList().stream().map(UserEntity::toAccount).map(UserServiceImpl::colleague)
                .toList());
    }

    @Override
    public UserAccount create(Caller caller, String username, UserInput input, char[] password, Set<String> roles) {
        guard.require(caller, KernelPermissions.USER_MANAGE);
        UserValidator.checkUsername(username);
        String name = Usernames.normalise(username);
        policy.check("password", password, name, List.of());
        String hash = hasher.hash(password);
        return tx.write(em -> {
            UserInput valid = UserValidator.validate(input, id -> em.find(OrgUnitEntity.class, id) != null);
            checkRoles(em, caller, Set.of(), roles);
            if (UserQueries.byUsername(em, name).isPresent()) {
                throw ValidationException.of("username", "core.error.duplicate");
            }
            return valid;
        }, (em, valid) -> {
            UserEntity user = new UserEntity(name, valid, hash, now());
            user.replaceRoles(roles, now());
            em.persist(user);
            em.flush();
            audit.write(em, caller.username(), "user.created", OBJECT_TYPE, name, null,
                    AuditChanges.between(Map.of(), snapshot(user.toAccount())));
            return user.toAccount();
        });
    }

    @Override
    public UserAccount update(Caller caller, String username, UserInput input, long expectedVersion) {
        guard.require(caller, KernelPermissions.USER_MANAGE);
        record Change(UserEntity user, UserInput valid) {
        }
        return tx.write(em -> {
            UserEntity user = user(em, username);
            if (user.version() != expectedVersion) {
                throw new ConflictException("core.error.staleVersion", List.of());
            }
            return new Change(user, UserValidator.validate(input, id -> em.find(OrgUnitEntity.class, id) != null));
        }, (em, change) -> {
            Map<String, Object> before = snapshot(change.user().toAccount());
            change.user().apply(change.valid(), now());
            em.flush();
            UserAccount after = change.user().toAccount();
            audit.write(em, caller.username(), "user.updated", OBJECT_TYPE, after.username(), null,
                    AuditChanges.between(before, snapshot(after)));
            return after;
        });
    }

    @Override
    public UserAccount updateMyPreferences(Caller caller, DisplayPreferences preferences) {
        return tx.write(em -> user(em, caller.username()), (em, user) -> {
            UserAccount before = user.toAccount();
            user.apply(new UserInput(before.displayNameFa(), before.displayNameEn(), before.email(), before.mobile(),
                    before.unitId(), preferences), now());
            em.flush();
            audit.write(em, caller.username(), "user.updated", OBJECT_TYPE, caller.username(), null,
                    AuditChanges.between(snapshot(before), snapshot(user.toAccount())));
            return user.toAccount();
        });
    }

    @Override
    public UserAccount setRoles(Caller caller, String username, Set<String> roles) {
        guard.require(caller, KernelPermissions.USER_MANAGE);
        refuseSelf(caller, username, "roles");
        return tx.write(em -> {
            UserEntity user = user(em, username);
            checkRoles(em, caller, user.roles(), roles);
            return user;
        }, (em, user) -> {
            String before = String.join(", ", new TreeSet<>(user.roles()));
            user.replaceRoles(roles, now());
            em.flush();
            audit.write(em, caller.username(), "user.roles", OBJECT_TYPE, user.username(), null,
                    List.of(new AuditEntry.Change("roles", before,
                            String.join(", ", new TreeSet<>(roles)))));
            return user.toAccount();
        });
    }

    @Override
    public UserAccount setLocked(Caller caller, String username, boolean locked) {
        guard.require(caller, KernelPermissions.USER_MANAGE);
        refuseSelf(caller, username, "locked");
        return ended(tx.write(em -> user(em, username), (em, user) -> {
            user.lock(locked, now());
            em.flush();
            audit.write(em, caller.username(), locked ? "user.locked" : "user.unlocked", OBJECT_TYPE, user.username(), null, List.of());
            return user.toAccount();
        }), locked);
    }

    @Override
    public UserAccount setActive(Caller caller, String username, boolean active) {
        guard.require(caller, KernelPermissions.USER_MANAGE);
        refuseSelf(caller, username, "active");
        return ended(tx.write(em -> user(em, username), (em, user) -> {
            user.activate(active, now());
            em.flush();
            audit.write(em, caller.username(), active ? "user.activated" : "user.deactivated", OBJECT_TYPE, user.username(), null,
                    List.of());
            return user.toAccount();
        }), !active);
    }

    @Override
    public void resetPassword(Caller caller, String username, char[] newPassword) {
        guard.require(caller, KernelPermissions.USER_MANAGE);
        setPassword(caller, username, newPassword, "user.passwordReset");
    }

    @Override
    public void changeMyPassword(Caller caller, char[] currentPassword, char[] newPassword) {
        String hash = tx.read(em -> user(em, caller.username()).passwordHash());
        if (currentPassword == null || !hasher.verify(currentPassword, hash)) {
            throw ValidationException.of("currentPassword", "security.error.currentPasswordWrong");
        }
        setPassword(caller, caller.username(), newPassword, "user.passwordChanged");
    }

    private void setPassword(Caller caller, String username, char[] newPassword, String action) {
        List<String> recent = tx.read(em -> {
            UserEntity user = user(em, username);
            List<String> hashes = new ArrayList<>(user.previousHashes());
            hashes.add(0, user.passwordHash());
            return hashes;
        });
        policy.check("password", newPassword, Usernames.normalise(username), recent);
        String hash = hasher.hash(newPassword);
        tx.write(em -> user(em, username), (em, user) -> {
            user.changePassword(hash, PasswordPolicy.REMEMBERED - 1, now());
            audit.write(em, caller.username(), action, OBJECT_TYPE, user.username(), null, List.of());
            return null;
        });
        sessions.credentialsChanged(Usernames.normalise(username));
    }

    /** A user who may no longer log in loses the sessions already open. */
    private UserAccount ended(UserAccount user, boolean shutOut) {
        if (shutOut) {
            sessions.endSessionsOf(user.username());
        }
        return user;
    }

    /**
     * Nobody hands out more than they hold: granting a role needs every permission the role grants,
     * and the administrator role needs an administrator.
     */
    private void checkRoles(EntityManager em, Caller caller, Set<String> current, Set<String> wanted) {
        Set<String> known = new HashSet<>(em.createQuery("select r.name from RoleEntity r", String.class).getResultList());
        for (String role : wanted) {
            if (!known.contains(role)) {
                throw ValidationException.of("roles", "security.error.roleUnknown", role);
            }
        }
        Set<String> changed = new HashSet<>(wanted);
        changed.removeAll(current);
        Set<String> removed = new HashSet<>(current);
        removed.removeAll(wanted);
        changed.addAll(removed);
        for (String role : changed) {
            // an administrator gives any role, also one still holding the grants of a module
            // uninstalled with its data kept, which nobody can be said to hold while it is away
            boolean holds = caller.isAdministrator()
                    || !Roles.ADMINISTRATOR.equals(role) && guard.grantsOf(role).stream().allMatch(p -> guard.allows(caller, p));
            if (!holds) {
                throw ValidationException.of("roles", "security.error.roleBeyondCaller", role);
            }
        }
    }

    private static void refuseSelf(Caller caller, String username, String field) {
        if (Usernames.normalise(username).equals(caller.username())) {
            throw ValidationException.of(field, "security.error.ownAccount");
        }
    }

    static UserEntity user(EntityManager em, String username) {
        String name = username == null ? "" : Usernames.normalise(username);
        return UserQueries.byUsername(em, name).orElseThrow(() -> new NotFoundException("security.error.userNotFound", name));
    }

    private static Colleague colleague(UserAccount user) {
        return new Colleague(user.username(), user.displayNameFa(), user.displayNameEn(), user.active());
    }

    private static boolean matches(UserAccount user, String needle) {
        return user.username().contains(needle)
                || PersianText.normalize(user.displayNameFa()).toLowerCase(Locale.ROOT).contains(needle)
                || PersianText.normalize(user.displayNameEn()).toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The audited fields of a user; secrets never appear. */
    private static Map<String, Object> snapshot(UserAccount user) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("displayNameFa", user.displayNameFa());
        values.put("displayNameEn", user.displayNameEn());
        values.put("email", user.email());
        values.put("mobile", user.mobile());
        values.put("unitId", user.unitId());
        values.put("language", user.preferences().locale().getLanguage());
        values.put("calendar", user.preferences().calendar());
        values.put("digits", user.preferences().digits());
        values.put("moneyUnit", user.preferences().moneyUnit());
        return values;
    }

    private Instant now() {
        return clock.instant();
    }
}
