package org.peyvand.module.occasions.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code occ_marker}: work done once, by name. */
@Entity
@Table(name = "occ_marker")
public class MarkerEntity {
    @Id
    private String name;
    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected MarkerEntity() {
    }

    public MarkerEntity(String name, Instant doneAt) {
        this.name = name;
        this.doneAt = doneAt;
    }
}
