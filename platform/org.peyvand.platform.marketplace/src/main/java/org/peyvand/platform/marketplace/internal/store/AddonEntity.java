package org.peyvand.platform.marketplace.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An add-on the platform keeps installed. */
@Entity
@Table(name = "mkt_addon")
public class AddonEntity {
    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "version", nullable = false)
    private String version;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "catalog", nullable = false)
    private String catalog;

    @Column(name = "artifact", nullable = false)
    private String artifact;

    @Column(name = "sha256")
    private String sha256;

    @Column(name = "downgrade_safe", nullable = false)
    private boolean downgradeSafe;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    @Column(name = "installed_by", nullable = false)
    private String installedBy;

    public AddonEntity() {
    }

    AddonEntity(String id) {
        this.id = id;
    }

    void set(String version, String contentType, String catalog, String artifact, String sha256, boolean downgradeSafe, Instant installedAt,
            String installedBy) {
        this.version = version;
        this.contentType = contentType;
        this.catalog = catalog;
        this.artifact = artifact;
        this.sha256 = sha256;
        this.downgradeSafe = downgradeSafe;
        this.installedAt = installedAt;
        this.installedBy = installedBy;
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public String contentType() {
        return contentType;
    }

    public String catalog() {
        return catalog;
    }

    public String artifact() {
        return artifact;
    }

    public String sha256() {
        return sha256;
    }

    public boolean downgradeSafe() {
        return downgradeSafe;
    }

    public Instant installedAt() {
        return installedAt;
    }

    public String installedBy() {
        return installedBy;
    }
}
