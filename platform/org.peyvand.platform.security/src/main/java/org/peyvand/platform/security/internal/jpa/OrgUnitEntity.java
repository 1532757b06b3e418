package org.peyvand.platform.security.internal.jpa;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.platform.security.OrgUnit;
import org.peyvand.platform.security.OrgUnitInput;

@Entity
@Table(name = "sec_org_unit")
public class OrgUnitEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_unit_seq")
    @SequenceGenerator(name = "sec_unit_seq", sequenceName = "sec_unit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_fa", nullable = false)
    private String nameFa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String kind;

    @Column(name = "parent_id")
    private Long parentId;

    /** "/1/7/": the ids of the unit's ancestors from the root down; "/" for the root. */
    @Column(nullable = false)
    private String path;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sec_unit_manager", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "username")
    private Set<String> managers = new HashSet<>();

    @Version
    private long version;

    protected OrgUnitEntity() {
    }

    public OrgUnitEntity(OrgUnitInput input, String parentFullPath, Instant now) {
        this.createdAt = now;
        this.path = parentFullPath;
        apply(input, now);
    }

    public void apply(OrgUnitInput input, Instant now) {
        code = input.code();
        nameFa = input.nameFa();
        nameEn = input.nameEn();
        kind = input.kind().name();
        parentId = input.parentId();
        updatedAt = now;
    }

    /** Moves the unit below the parent with this full path. */
    public void placeUnder(String parentFullPath) {
        path = parentFullPath;
    }

    /** "/1/7/12/": the ids from the root down to this unit, the prefix of every unit below it. */
    public String fullPath() {
        return path + id + "/";
    }

    public long id() {
        return id;
    }

    public Long parentId() {
        return parentId;
    }

    public void replaceManagers(Set<String> usernames, Instant now) {
        managers.clear();
        managers.addAll(usernames);
        updatedAt = now;
    }

    public long version() {
        return version;
    }

    public OrgUnit toOrgUnit() {
        return new OrgUnit(id, code, nameFa, nameEn, OrgUnit.Kind.valueOf(kind), parentId, fullPath(), managers, version);
    }
}
