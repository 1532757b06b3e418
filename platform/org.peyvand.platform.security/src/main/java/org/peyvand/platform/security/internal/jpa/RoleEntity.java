package org.peyvand.platform.security.internal.jpa;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.platform.security.FieldAccess;
import org.peyvand.platform.security.RecordScope;
import org.peyvand.platform.security.Role;

@Entity
@Table(name = "sec_role")
public class RoleEntity {
    @Id
    private String name;

    @Column(name = "label_fa", nullable = false)
    private String labelFa;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Column(name = "otp_required", nullable = false)
    private boolean otpRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sec_role_permission", joinColumns = @JoinColumn(name = "role_name"))
    @Column(name = "permission")
    private Set<String> permissions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sec_role_scope", joinColumns = @JoinColumn(name = "role_name"))
    @MapKeyColumn(name = "object_type")
    @Column(name = "scope_level")
    private Map<String, String> scopes = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sec_role_field_rule", joinColumns = @JoinColumn(name = "role_name"))
    private Set<FieldRuleRow> fieldRules = new HashSet<>();

    @Version
    private long version;

    protected RoleEntity() {
    }

    public RoleEntity(String name, String labelFa, String labelEn) {
        this.name = name;
        this.labelFa = labelFa;
        this.labelEn = labelEn;
    }

    public String name() {
        return name;
    }

    public boolean builtIn() {
        return builtIn;
    }

    public Set<String> permissions() {
        return permissions;
    }

    /** Sets the role's scope on a record type; {@code null} removes the setting (the role sees all). */
    public void scope(String objectType, RecordScope.Level level) {
        if (level == null) {
            scopes.remove(objectType);
        } else {
            scopes.put(objectType, level.name());
        }
    }

    /** Sets a field rule; {@code null} removes it (the field is editable). */
    public void fieldRule(String objectType, String field, FieldAccess.Access access) {
        fieldRules.remove(new FieldRuleRow(objectType, field, ""));
        if (access != null) {
            fieldRules.add(new FieldRuleRow(objectType, field, access.name()));
        }
    }

    public void relabel(String fa, String en) {
        labelFa = fa;
        labelEn = en;
    }

    public void requireOtp(boolean required) {
        otpRequired = required;
    }

    public Role toRole() {
        Map<String, RecordScope.Level> levels = new HashMap<>();
        scopes.forEach((type, level) -> levels.put(type, RecordScope.Level.valueOf(level)));
        List<Role.FieldRule> rules = fieldRules.stream()
                .map(r -> new Role.FieldRule(r.objectType(), r.field(), FieldAccess.Access.valueOf(r.access())))
                .sorted(Comparator.comparing(Role.FieldRule::objectType).thenComparing(Role.FieldRule::field)).toList();
        return new Role(name, labelFa, labelEn, builtIn, otpRequired, permissions, levels, rules, version);
    }
}
