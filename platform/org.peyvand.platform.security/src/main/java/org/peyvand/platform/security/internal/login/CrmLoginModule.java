package org.peyvand.platform.security.internal.login;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.peyvand.platform.security.Caller;

/** The JAAS side of {@link CrmJaasRealm}: asks for name and password and hands them to the realm. */
public class CrmLoginModule implements LoginModule {
    private Subject subject;
    private CallbackHandler callbacks;
    private BundleContext context;
    private Set<Principal> principals = Set.of();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.context = (BundleContext) options.get(BundleContext.class.getName());
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException(e.getMessage());
        }
        char[] secret = password.getPassword();
        password.clearPassword();
        if (name.getName() == null || secret == null) {
            throw new FailedLoginException("Login refused");
        }
        ServiceReference<CrmJaasRealm> reference = context.getServiceReference(CrmJaasRealm.class);
        CrmJaasRealm realm = reference == null ? null : context.getService(reference);
        if (realm == null) {
            throw new LoginException("The user store is not available yet");
        }
        try {
            Caller caller = realm.login(name.getName(), secret).accepted()
                    .orElseThrow(() -> new FailedLoginException("Login refused"));
            principals = realm.principals(caller);
            return true;
        } finally {
            context.ungetService(reference);
        }
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        principals = Set.of();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals = Set.of();
        return true;
    }
}
