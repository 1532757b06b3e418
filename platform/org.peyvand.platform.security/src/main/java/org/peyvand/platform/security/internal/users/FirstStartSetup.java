package org.peyvand.platform.security.internal.users;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.ValidationException;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.persistence.SchemaReady;
import org.peyvand.platform.persistence.Transactions;
import org.peyvand.platform.security.AuditChanges;
import org.peyvand.platform.security.FirstStart;
import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.Roles;
import org.peyvand.platform.security.UserAccount;
import org.peyvand.platform.security.UserInput;
import org.peyvand.platform.security.internal.audit.AuditWriter;
import org.peyvand.platform.security.internal.jpa.UserEntity;
import org.peyvand.platform.security.internal.jpa.UserQueries;
import org.peyvand.platform.security.internal.login.PasswordHasher;
import org.peyvand.platform.security.internal.login.PasswordPolicy;
import org.peyvand.platform.security.internal.login.Usernames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component
public class FirstStartSetup implements FirstStart {
    private static final Logger LOG = LoggerFactory.getLogger(FirstStartSetup.class);
    static final String TOKEN_FILE = "setup-token";
    private static final String ACTOR = "setup";

    private final Transactions tx;
    private final PasswordHasher hasher;
    private final AuditWriter audit;
    private final Clock clock;
    private final Path tokenFile;
    private byte[] token;

    @Activate
    public FirstStartSetup(@Reference(target = "(osgi.unit.name=crm.security)") JpaTemplate jpa,
            @Reference(target = "(crm.schema=org.peyvand.platform.security)") SchemaReady schema) {
        this(new Transactions(jpa), new PasswordHasher(), Clock.systemUTC(), Path.of(System.getProperty("karaf.data", "data")));
        announce();
    }

    /** Wiring outside OSGi (tests); the private constructor keeps Declarative Services to the one above. */
    public static FirstStartSetup wiredWith(Transactions tx, PasswordHasher hasher, Clock clock, Path dataFolder) {
        return new FirstStartSetup(tx, hasher, clock, dataFolder);
    }

    private FirstStartSetup(Transactions tx, PasswordHasher hasher, Clock clock, Path dataFolder) {
        this.tx = tx;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = new AuditWriter(clock);
        this.tokenFile = dataFolder.resolve(TOKEN_FILE);
    }

    /** A fresh token at every start while no user exists, printed and written where only the operator reads it. */
    synchronized void announce() {
        if (!noUserYet()) {
            deleteTokenFile();
            return;
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        token = text.getBytes(StandardCharsets.US_ASCII);
        try {
            Files.createDirectories(tokenFile.getParent());
            Files.writeString(tokenFile, text + System.lineSeparator());
            Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not write {}: {}", tokenFile, e.getMessage());
        }
        String message = "No administrator exists yet. Create one with the one-time setup token " + text
                + " (also in " + tokenFile + "): POST /api/v1/setup {\"token\", \"username\", \"displayName\", \"password\"}"
;
        LOG.warn(message);
        System.out.println(message);
    }

    @Override
    public synchronized boolean pending() {
        return token != null;
    }

    @Override
    public synchronized UserAccount createAdministrator(String offered, String username, String displayName, char[] password) {
        if (token == null) {
            throw new ConflictException("security.error.setupDone", List.of());
        }
        if (offered == null || !MessageDigest.isEqual(token, offered.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw ValidationException.of("token", "security.error.setupTokenWrong");
        }
        UserValidator.checkUsername(username);
        String name = Usernames.normalise(username);
        new PasswordPolicy(hasher).check("password", password, name, List.of());
        UserInput input = UserValidator.validate(new UserInput(displayName, displayName, null, null, OrgUnit.ROOT_ID,
                DisplayPreferences.defaults(I18nService.PERSIAN)), id -> true);
        String hash = hasher.hash(password);
        UserAccount created = tx.write(em -> {
            if (!noUserYet()) {
                throw new ConflictException("security.error.setupDone", List.of());
            }
            return input;
        }, (em, valid) -> {
            UserEntity user = new UserEntity(name, valid, hash, clock.instant());
            user.replaceRoles(Set.of(Roles.ADMINISTRATOR), clock.instant());
            em.persist(user);
            em.flush();
            audit.write(em, ACTOR, "user.created", UserServiceImpl.OBJECT_TYPE, name, "first administrator",
                    AuditChanges.between(Map.of(), Map.of("roles", Roles.ADMINISTRATOR)));
            return user.toAccount();
        });
        token = null;
        deleteTokenFile();
        LOG.info("First administrator {} created; the setup token is spent", name);
        return created;
    }

    private boolean noUserYet() {
        return tx.read(UserQueries::none);
    }

    private void deleteTokenFile() {
        try {
            Files.deleteIfExists(tokenFile);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", tokenFile, e.getMessage());
        }
    }
}
