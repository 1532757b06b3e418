package org.peyvand.module.notes.internal.jpa;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A row of {@code nts_list_share}: a list shared with a user or an org unit. */
@Entity
@Table(name = "nts_list_share")
@IdClass(ShareEntity.Key.class)
public class ShareEntity {
    @Id
    @Column(name = "list_id")
    private long listId;

    @Id
    @Column(name = "grantee_kind")
    private String granteeKind;

    @Id
    private String grantee;

    @Column(nullable = false)
    private String access;

    protected ShareEntity() {
    }

    public ShareEntity(long listId, String granteeKind, String grantee, String access) {
        this.listId = listId;
        this.granteeKind = granteeKind;
        this.grantee = grantee;
        this.access = access;
    }

    public long listId() {
        return listId;
    }

    public String granteeKind() {
        return granteeKind;
    }

    public String grantee() {
        return grantee;
    }

    public String access() {
        return access;
    }

    /** The share's key, as JPA needs it. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long listId;
        private String granteeKind;
        private String grantee;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.listId == listId && Objects.equals(key.granteeKind, granteeKind) && Objects.equals(key.grantee, grantee);
        }

        @Override
        public int hashCode() {
            return Objects.hash(listId, granteeKind, grantee);
        }
    }
}
