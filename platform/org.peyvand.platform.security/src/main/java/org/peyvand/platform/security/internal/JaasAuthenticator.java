package org.peyvand.platform.security.internal;

import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs in through a JAAS realm; roles come from the realm's role principals. */
@Component(configurationPid = "org.peyvand.platform.security")
@Designate(ocd = JaasAuthenticator.Config.class)
public class JaasAuthenticator implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);
    /** Karaf's own administrator role is the CRM administrator. */
    private static final String KARAF_ADMIN = "admin";

    @ObjectClassDefinition(name = "Peyvand authentication")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm that checks passwords")
        String realm() default "karaf";
    }

    private final String realm;

    @Activate
    public JaasAuthenticator(Config config) {
        this.realm = config.realm();
    }

    @Override
    public Optional<Caller> authenticate(String username, char[] password, DisplayPreferences preferences) {
        if (username == null || username.isBlank() || password == null) {
            return Optional.empty();
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads the realm's login module through the context class loader.
        thread.setContextClassLoader(JaasAuthenticator.class.getClassLoader());
        try {
            Subject subject = new Subject();
            LoginContext login = new LoginContext(realm, subject, callbacks -> answer(callbacks, username, password));
            login.login();
            return fromSubject(subject, preferences);
        } catch (LoginException e) {
            LOG.debug("Login of {} refused: {}", username, e.getMessage());
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public Optional<Caller> fromSubject(Subject subject, DisplayPreferences preferences) {
        if (subject == null) {
            return Optional.empty();
        }
        String user = null;
        Set<String> roles = new HashSet<>();
        for (Principal principal : subject.getPrincipals()) {
            if (principal instanceof UserPrincipal) {
                user = principal.getName();
            } else if (principal instanceof RolePrincipal) {
                roles.add(principal.getName().equals(KARAF_ADMIN) ? Roles.ADMINISTRATOR : principal.getName());
            }
        }
        return user == null ? Optional.empty() : Optional.of(new Caller(user, roles, preferences));
    }

    private static void answer(Callback[] callbacks, String username, char[] password) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(username);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password);
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
