package org.peyvand.platform.security.internal.factor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.NotFoundException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.SecondFactor;
import org.peyvand.platform.security.KernelPermissions;
import org.peyvand.platform.security.internal.RoleBasedAccess;
import org.peyvand.platform.security.internal.audit.AuditWriter;
import org.peyvand.platform.security.internal.jpa.UserEntity;
import org.peyvand.platform.security.internal.jpa.UserQueries;
import org.peyvand.platform.security.internal.login.PasswordHasher;
import org.peyvand.platform.security.internal.login.Secrets;
import org.peyvand.platform.security.internal.login.Totp;
import org.peyvand.platform.security.internal.login.Usernames;

@Component
public class SecondFactorImpl implements SecondFactor {
    static final String ISSUER = "Peyvand";
    static final int RECOVERY_CODES = 10;
    private static final String OBJECT_TYPE = "platform.user";

    private final Transactions tx;
    private final RoleBasedAccess access;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditWriter audit;

    @Activate
    public SecondFactorImpl(@Reference(target = "(osgi.unit.name=crm.security)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.security)") SchemaReady schema, @Reference RoleBasedAccess access) {
        this(new Transactions(jpa), access, new PasswordHasher(), Clock.systemUTC());
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static SecondFactorImpl wiredWith(Transactions tx, RoleBasedAccess access, PasswordHasher hasher, Clock clock) {
        return new SecondFactorImpl(tx, access, hasher, clock);
    }

    private SecondFactorImpl(Transactions tx, RoleBasedAccess access, PasswordHasher hasher, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = new AuditWriter(clock);
    }

    @Override
    public Enrolment begin(Caller caller) {
        String secret = Totp.newSecret();
        tx.write(em -> user(em, caller.username()), (em, user) -> {
            user.beginOtp(secret);
            return null;
        });
        return new Enrolment(secret, Totp.uri(ISSUER, caller.username(), secret));
    }

    @Override
    public List<String> confirm(Caller caller, String code) {
        List<String> codes = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = Secrets.recoveryCode();
            codes.add(recovery);
            hashes.add(Secrets.sha256(recovery));
        }
        record Confirmed(UserEntity user, long step) {
        }
        tx.write(em -> {
            UserEntity user = user(em, caller.username());
            if (user.otpPending() == null) {
                throw ValidationException.of("code", "security.error.otpNotStarted");
            }
            OptionalLong step = Totp.verify(user.otpPending(), code == null ? null : code.strip(), clock.instant(), null);
            if (step.isEmpty()) {
                throw ValidationException.of("code", "security.error.otpWrong");
            }
            return new Confirmed(user, step.getAsLong());
        }, (em, confirmed) -> {
            confirmed.user().confirmOtp(confirmed.step(), hashes);
            audit.write(em, caller.username(), "otp.enrolled", OBJECT_TYPE, caller.username(), null, List.of());
            return null;
        });
        return codes;
    }

    @Override
    public void disable(Caller caller, char[] password) {
        String hash = tx.read(em -> user(em, caller.username()).passwordHash());
        if (password == null || !hasher.verify(password, hash)) {
            throw ValidationException.of("currentPassword", "security.error.currentPasswordWrong");
        }
        if (access.otpRequired(caller.roles())) {
            throw ValidationException.of("code", "security.error.otpRequiredByRole");
        }
        tx.write(em -> user(em, caller.username()), (em, user) -> {
            user.resetOtp();
            audit.write(em, caller.username(), "otp.disabled", OBJECT_TYPE, caller.username(), null, List.of());
            return null;
        });
    }

    @Override
    public void reset(Caller caller, String username) {
        access.require(caller, KernelPermissions.USER_MANAGE);
        tx.write(em -> user(em, username), (em, user) -> {
            user.resetOtp();
            audit.write(em, caller.username(), "otp.reset", OBJECT_TYPE, user.username(), null, List.of());
            return null;
        });
    }

    @Override
    public boolean enrolmentRequired(Caller caller) {
        return access.otpRequired(caller.roles()) && !tx.read(em -> user(em, caller.username()).otpEnabled());
    }

    private static UserEntity user(EntityManager em, String username) {
        String name = Usernames.normalise(username);
        return UserQueries.byUsername(em, name).orElseThrow(() -> new NotFoundException("security.error.userNotFound", name));
    }
}
