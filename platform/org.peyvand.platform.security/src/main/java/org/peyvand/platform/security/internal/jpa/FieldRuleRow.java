package org.peyvand.platform.security.internal.jpa;

import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** One field rule of a role: a field of a record type that the role hides or shows read-only. */
@Embeddable
public class FieldRuleRow {
    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "field_name", nullable = false)
    private String field;

    @Column(nullable = false)
    private String access;

    protected FieldRuleRow() {
    }

    public FieldRuleRow(String objectType, String field, String access) {
        this.objectType = objectType;
        this.field = field;
        this.access = access;
    }

    public String objectType() {
        return objectType;
    }

    public String field() {
        return field;
    }

    public String access() {
        return access;
    }

    /** Rows are one per (type, field); the access is what changes. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FieldRuleRow row && row.objectType.equals(objectType) && row.field.equals(field);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectType, field);
    }
}
