package org.peyvand.platform.security.internal.jpa;

import java.util.HashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

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

    public void relabel(String fa, String en) {
        labelFa = fa;
        labelEn = en;
    }

    public void requireOtp(boolean required) {
        otpRequired = required;
    }

    public Role toRole() {
        return new Role(name, labelFa, labelEn, builtIn, otpRequired, permissions, version);
    }
}
