package org.peyvand.platform.security.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A permission whose default grants were applied; they are never applied again. */
@Entity
@Table(name = "sec_permission_seed")
public class PermissionSeedEntity {
    @Id
    private String permission;

    @Column(name = "seeded_at", nullable = false)
    private Instant seededAt;

    protected PermissionSeedEntity() {
    }

    public PermissionSeedEntity(String permission, Instant seededAt) {
        this.permission = permission;
        this.seededAt = seededAt;
    }

    public String permission() {
        return permission;
    }
}
