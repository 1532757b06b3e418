package org.peyvand.module.network.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.module.network.Region;

/** A row of {@code net_region}: a seeded province or a city under one. */
@Entity
@Table(name = "net_region")
public class RegionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "net_region_seq")
    @SequenceGenerator(name = "net_region_seq", sequenceName = "net_region_seq", allocationSize = 50)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "name_fa", nullable = false)
    private String nameFa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Version
    private long version;

    protected RegionEntity() {
    }

    /** A city of the province. */
    public RegionEntity(long provinceId, String nameFa, String nameEn) {
        this.parentId = provinceId;
        rename(nameFa, nameEn);
    }

    public void rename(String fa, String en) {
        nameFa = fa;
        nameEn = en;
    }

    public long version() {
        return version;
    }

    public Region toRecord() {
        return new Region(id, parentId, provinceCode, nameFa, nameEn, version);
    }
}
