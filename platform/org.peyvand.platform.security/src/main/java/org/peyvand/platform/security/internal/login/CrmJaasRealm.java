package org.peyvand.platform.security.internal.login;

import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.LoginOutcome;
import org.peyvand.platform.security.KernelPermissions;

/**
 * Replaces Karaf's own "karaf" realm (users.properties) with the CRM's user store, so SSH, JMX and
 * every other Karaf login use the same users, passwords, lockout and one-time codes as the workspace.
 * CRM administrators get Karaf's administrative roles; users whose roles grant
 * {@code platform.shell.use} get the {@code ssh} role Karaf's SSH server asks for.
 */
@Component(service = {JaasRealm.class, CrmJaasRealm.class})
public class CrmJaasRealm implements JaasRealm {
    static final String NAME = "karaf";
    /** Above the rank 0 of Karaf's own realm of the same name. */
    static final int RANK = 100;
    private static final String[] KARAF_ADMIN_ROLES = {"admin", "manager", "viewer", "systembolt"};
    private static final String KARAF_SSH_ROLE = "ssh";

    private final Authenticator authenticator;
    private final AccessGuard guard;
    private final AppConfigurationEntry[] entries;

    @Activate
    public CrmJaasRealm(BundleContext context, @Reference Authenticator authenticator, @Reference AccessGuard guard) {
        this.authenticator = authenticator;
        this.guard = guard;
        // Karaf's proxy loads the login module from this bundle, which it finds by id.
        this.entries = new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                LoginModuleControlFlag.REQUIRED, Map.of(
                        BundleContext.class.getName(), context,
                        ProxyLoginModule.PROPERTY_MODULE, CrmLoginModule.class.getName(),
                        ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId())))};
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }

    /**
     * Logs in with what an SSH prompt gives: one secret. A user with a second factor types the
     * password, a space and the current six-digit code.
     */
    LoginOutcome login(String username, char[] secret) {
        String text = new String(secret);
        int space = text.lastIndexOf(' ');
        if (space > 0 && text.substring(space + 1).matches("\\d{6}")) {
            LoginOutcome withCode = authenticator.login(username, text.substring(0, space).toCharArray(), text.substring(space + 1));
            if (withCode.status() != LoginOutcome.Status.REFUSED) {
                return withCode;
            }
        }
        return authenticator.login(username, secret, null);
    }

    Set<Principal> principals(Caller caller) {
        Set<Principal> principals = new HashSet<>();
        principals.add(new UserPrincipal(caller.username()));
        caller.roles().forEach(role -> principals.add(new RolePrincipal(role)));
        if (caller.isAdministrator()) {
            for (String role : KARAF_ADMIN_ROLES) {
                principals.add(new RolePrincipal(role));
            }
        }
        if (guard.allows(caller, KernelPermissions.SHELL_USE)) {
            principals.add(new RolePrincipal(KARAF_SSH_ROLE));
        }
        return principals;
    }
}
