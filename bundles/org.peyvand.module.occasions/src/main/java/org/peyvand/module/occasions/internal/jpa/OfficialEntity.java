package org.peyvand.module.occasions.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.module.occasions.OfficialOccasion;

/** A row of {@code occ_official}: an official occasion, seeded by the changelog. */
@Entity
@Table(name = "occ_official")
public class OfficialEntity {
    @Id
    private String code;
    @Column(name = "name_fa", nullable = false)
    private String nameFa;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(nullable = false)
    private boolean lunar;
    @Column(name = "month_no", nullable = false)
    private int month;
    @Column(name = "day_no", nullable = false)
    private int day;
    @Column(nullable = false)
    private int correction;
    @Column(nullable = false)
    private boolean enabled;
    @Version
    private long version;

    protected OfficialEntity() {
    }

    public void change(boolean enabled, int correction) {
        this.enabled = enabled;
        this.correction = correction;
    }

    public long version() {
        return version;
    }

    public OfficialOccasion toRecord() {
        return new OfficialOccasion(code, nameFa, nameEn, lunar, month, day, correction, enabled, version);
    }
}
