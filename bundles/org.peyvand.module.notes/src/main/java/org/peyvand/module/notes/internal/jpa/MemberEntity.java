package org.peyvand.module.notes.internal.jpa;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A row of {@code nts_list_member}: one record in a static list. */
@Entity
@Table(name = "nts_list_member")
@IdClass(MemberEntity.Key.class)
public class MemberEntity {
    @Id
    @Column(name = "list_id")
    private long listId;

    @Id
    @Column(name = "record_id")
    private long recordId;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected MemberEntity() {
    }

    public MemberEntity(long listId, long recordId, String addedBy, Instant addedAt) {
        this.listId = listId;
        this.recordId = recordId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public long recordId() {
        return recordId;
    }

    /** The member's key, as JPA needs it: a class with the id fields' names and types. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long listId;
        private long recordId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.listId == listId && key.recordId == recordId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(listId, recordId);
        }
    }
}
