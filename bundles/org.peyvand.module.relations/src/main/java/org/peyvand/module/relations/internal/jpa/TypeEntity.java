package org.peyvand.module.relations.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.module.relations.RecordKind;
import org.peyvand.module.relations.RelationType;
import org.peyvand.module.relations.RelationTypeInput;

/** A row of {@code rel_type}; the schema is the module's changelog. */
@Entity
@Table(name = "rel_type")
public class TypeEntity {
    /** Stored for an end that may be either kind. */
    static final String ANY = "any";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rel_type_seq")
    @SequenceGenerator(name = "rel_type_seq", sequenceName = "rel_type_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_fa", nullable = false)
    private String nameFa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "inverse_fa", nullable = false)
    private String inverseFa;

    @Column(name = "inverse_en", nullable = false)
    private String inverseEn;

    @Column(name = "from_kind", nullable = false)
    private String fromKind;

    @Column(name = "to_kind", nullable = false)
    private String toKind;

    @Column(nullable = false)
    private boolean hierarchical;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Version
    private long version;

    protected TypeEntity() {
    }

    public TypeEntity(RelationTypeInput valid) {
        code = valid.code();
        fromKind = kind(valid.fromKind());
        toKind = kind(valid.toKind());
        hierarchical = valid.hierarchical();
        rename(valid);
    }

    /** Takes over the names; what links depend on stays. */
    public void rename(RelationTypeInput valid) {
        nameFa = valid.nameFa();
        nameEn = valid.nameEn();
        inverseFa = valid.inverseFa();
        inverseEn = valid.inverseEn();
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public RelationType toRecord() {
        return new RelationType(id, code, nameFa, nameEn, inverseFa, inverseEn, RecordKind.of(fromKind), RecordKind.of(toKind), hierarchical,
                builtIn, version);
    }

    private static String kind(RecordKind kind) {
        return kind == null ? ANY : kind.code();
    }
}
