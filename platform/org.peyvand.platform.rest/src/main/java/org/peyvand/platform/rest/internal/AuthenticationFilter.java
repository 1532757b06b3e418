package org.peyvand.platform.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.peyvand.platform.core.error.ErrorCode;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.rest.CallerPrincipal;
import org.peyvand.platform.rest.internal.security.SetupResource;
import org.peyvand.platform.security.ApiTokens;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.SessionRegistry;

/**
 * Every request must carry credentials, a user's password (Basic) or a personal API token
 * (Bearer); none reaches a resource unauthenticated. Successful logins are remembered briefly
 * under a hash of the credentials, so a burst of API calls does not run the slow password check
 * on every request; a logout everywhere drops them.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class AuthenticationFilter implements ContainerRequestFilter {
    private static final long REMEMBER_MILLIS = 30_000;
    private static final int REMEMBER_MAX = 1_000;

    private final Authenticator authenticator;
    private final ApiTokens tokens;
    private final SessionRegistry sessions;
    private final I18nService i18n;
    private final ErrorResponses errors;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Caller caller, Instant at, long until) {
    }

    AuthenticationFilter(Authenticator authenticator, ApiTokens tokens, SessionRegistry sessions, I18nService i18n,
            ErrorResponses errors) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.sessions = sessions;
        this.i18n = i18n;
        this.errors = errors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isSetup(request)) {
            return;
        }
        Locale locale = i18n.negotiate(request.getAcceptableLanguages());
        Optional<Caller> caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .map(c -> c.withPreferences(DisplayPreferences.defaults(locale)));
        if (caller.isEmpty()) {
            request.abortWith(errors.of(ErrorCode.UNAUTHORIZED, List.of(), request.getAcceptableLanguages(), "core.error.unauthorized"));
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        CallerPrincipal principal = new CallerPrincipal(caller.get());
        request.setSecurityContext(new SecurityContext() {
            @Override
            public CallerPrincipal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return principal.caller().hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return principal.caller().tokenPermissions() == null ? SecurityContext.BASIC_AUTH : "Bearer";
            }
        });
    }

    /** The first-administrator request proves itself with its one-time token instead. */
    private static boolean isSetup(ContainerRequestContext request) {
        return "POST".equals(request.getMethod()) && SetupResource.PATH.equals(request.getUriInfo().getPath(true));
    }

    private Optional<Caller> authenticate(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String key = fingerprint(header);
        long now = System.currentTimeMillis();
        Remembered known = remembered.get(key);
        if (known != null && known.until() > now && sessions.stillValid(known.caller().username(), known.at())) {
            return Optional.of(known.caller());
        }
        Instant at = Instant.now();
        Optional<Caller> caller = header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.authenticate(header.substring(7).strip())
                // A user with a second factor cannot pass it in Basic credentials and uses a personal API token.
                : credentials(header).flatMap(c -> authenticator.login(c[0], c[1].toCharArray(), null).accepted());
        if (caller.isPresent()) {
            if (remembered.size() >= REMEMBER_MAX) {
                remembered.values().removeIf(r -> r.until() <= now);
                if (remembered.size() >= REMEMBER_MAX) {
                    remembered.clear();
                }
            }
            remembered.put(key, new Remembered(caller.get(), at, now + REMEMBER_MILLIS));
        }
        return caller;
    }

    static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty() : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static String fingerprint(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
