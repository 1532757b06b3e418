package org.peyvand.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Personal API tokens for integrations: created by a user for themselves, shown once, stored as a
 * hash, limited to a subset of the user's permissions and to an expiry, revocable. A request with
 * {@code Authorization: Bearer <token>} acts as the user, within the token's permissions.
 */
@ProviderType
public interface ApiTokens {

    /** @param permissions the permissions the token may use; each must be one the caller holds */
    Created create(Caller caller, String name, Instant expiresAt, Set<String> permissions);

    List<Token> mine(Caller caller);

    void revoke(Caller caller, long id);

    /** The caller a presented token stands for, if it is valid, unexpired and unrevoked; the use is recorded. */
    Optional<Caller> authenticate(String presented);

    /** A stored token; its secret is never kept. */
    record Token(long id, String name, String prefix, Set<String> permissions, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, boolean revoked) {
        public Token {
            permissions = Set.copyOf(permissions);
        }
    }

    /** A new token and its full text, which is shown this once. */
    record Created(Token token, String secret) {
    }
}
