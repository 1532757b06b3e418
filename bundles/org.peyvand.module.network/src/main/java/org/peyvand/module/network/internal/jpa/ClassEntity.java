package org.peyvand.module.network.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peyvand.module.network.NodeClass;
import org.peyvand.module.network.NodeClassInput;

/** A row of {@code net_class}. */
@Entity
@Table(name = "net_class")
public class ClassEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "net_class_seq")
    @SequenceGenerator(name = "net_class_seq", sequenceName = "net_class_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_fa", nullable = false)
    private String nameFa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    private String criteria;

    @Version
    private long version;

    protected ClassEntity() {
    }

    public ClassEntity(NodeClassInput valid) {
        this.code = valid.code();
        describe(valid);
    }

    /** Takes over the names and criteria of validated input; the code stays. */
    public void describe(NodeClassInput valid) {
        nameFa = valid.nameFa();
        nameEn = valid.nameEn();
        criteria = valid.criteria();
    }

    public long version() {
        return version;
    }

    public NodeClass toRecord() {
        return new NodeClass(id, code, nameFa, nameEn, criteria, version);
    }
}
