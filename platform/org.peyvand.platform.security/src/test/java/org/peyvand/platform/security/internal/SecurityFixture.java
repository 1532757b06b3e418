package org.peyvand.platform.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.PermissionDefinition;
import org.peyvand.platform.security.PermissionRegistry;
import org.peyvand.platform.security.Roles;
import org.peyvand.platform.security.UserInput;
import org.peyvand.platform.security.internal.audit.AuditTrailImpl;
import org.peyvand.platform.security.internal.factor.ApiTokensImpl;
import org.peyvand.platform.security.internal.factor.SecondFactorImpl;
import org.peyvand.platform.security.internal.factor.SessionRegistryImpl;
import org.peyvand.platform.security.internal.login.PasswordHasher;
import org.peyvand.platform.security.internal.login.StoreAuthenticator;
import org.peyvand.platform.security.internal.users.OrgUnitServiceImpl;
import org.peyvand.platform.security.internal.users.RoleServiceImpl;
import org.peyvand.platform.security.internal.users.UserServiceImpl;
import org.peyvand.platform.testing.MovableClock;
import org.peyvand.platform.testing.TestDatabase;

/**
 * The security services on an in-memory copy of their schema, with a small permission catalogue,
 * a clock the test moves, and a cheap password hash.
 */
public final class SecurityFixture implements AutoCloseable {
    public static final Caller SYSTEM_ADMIN = new Caller("root", OrgUnit.ROOT_ID, Set.of(Roles.ADMINISTRATOR),
            DisplayPreferences.defaults(I18nService.PERSIAN));

    public final TestDatabase db = new TestDatabase("crm.security");
    public final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T08:00:00Z"));
    public final PasswordHasher hasher = new PasswordHasher(1_000);
    public final Permissions permissions = new Permissions(List.of(
            permission("accounts.contact.read", "staff", "manager", "auditor"),
            permission("accounts.contact.update", "staff", "manager"),
            permission("accounts.contact.export", "manager"),
            permission("platform.user.read", "manager"),
            permission("platform.user.manage"),
            permission("platform.role.read", "manager"),
            permission("platform.role.manage"),
            permission("platform.unit.read", "staff"),
            permission("platform.unit.manage"),
            permission("platform.audit.read", "auditor"),
            permission("platform.audit.export", "auditor"),
            permission("platform.shell.use", "staff")));
    public final Transactions tx = db.transactions();
    public final RoleBasedAccess access = RoleBasedAccess.wiredWith(permissions, new RoleRules(tx, permissions, clock), new UnitTree(tx));
    public final AuditTrailImpl audit = AuditTrailImpl.wiredWith(tx, access, clock);
    public final SessionRegistryImpl sessions = SessionRegistryImpl.wiredWith(access, audit, clock);
    public final UserServiceImpl users = UserServiceImpl.wiredWith(tx, access, sessions, hasher, clock);
    public final RoleServiceImpl roles = RoleServiceImpl.wiredWith(tx, access, permissions, clock);
    public final OrgUnitServiceImpl units = OrgUnitServiceImpl.wiredWith(tx, access, clock);
    public final StoreAuthenticator authenticator = StoreAuthenticator.wiredWith(tx, access, hasher, clock);
    public final SecondFactorImpl secondFactor = SecondFactorImpl.wiredWith(tx, access, hasher, clock);
    public final ApiTokensImpl tokens = ApiTokensImpl.wiredWith(tx, access, sessions, clock);

    /** Creates a user with a password and roles, in a unit. */
    public void user(String username, String password, long unitId, String... roleNames) {
        users.create(SYSTEM_ADMIN, username, new UserInput(username, username, null, null, unitId,
                DisplayPreferences.defaults(I18nService.PERSIAN)), password.toCharArray(), Set.of(roleNames));
    }

    public Caller login(String username, String password) {
        return authenticator.login(username, password.toCharArray(), null).accepted().orElseThrow();
    }

    @Override
    public void close() {
        db.close();
    }

    private static PermissionDefinition permission(String id, String... roles) {
        return new PermissionDefinition(id, id.substring(0, id.indexOf('.')), java.util.Map.of("en", id), Set.of(roles));
    }

    /** A fixed catalogue, as if its modules were installed. */
    public static final class Permissions implements PermissionRegistry {
        private final List<PermissionDefinition> all;

        Permissions(List<PermissionDefinition> all) {
            this.all = all;
        }

        @Override
        public List<PermissionDefinition> permissions() {
            return all;
        }

        @Override
        public Optional<PermissionDefinition> find(String id) {
            return all.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public long revision() {
            return 1;
        }
    }
}
