package org.peyvand.platform.security.internal.jpa;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.peyvand.platform.security.ApiTokens;

@Entity
@Table(name = "sec_api_token")
public class ApiTokenEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_token_seq")
    @SequenceGenerator(name = "sec_token_seq", sequenceName = "sec_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private String secretHash;

    /** Space-separated permission ids. */
    @Column(nullable = false, updatable = false)
    private String permissions;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiTokenEntity() {
    }

    public ApiTokenEntity(long userId, String name, String prefix, String secretHash, Set<String> permissions, Instant now,
            Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.permissions = String.join(" ", new TreeSet<>(permissions));
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public long userId() {
        return userId;
    }

    public String secretHash() {
        return secretHash;
    }

    public boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Set<String> permissionSet() {
        return permissions.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(permissions.split(" ")));
    }

    public ApiTokens.Token toToken() {
        return new ApiTokens.Token(id, name, prefix, permissionSet(), createdAt, expiresAt, lastUsedAt, revokedAt != null);
    }
}
