package ${package}.internal.jpa;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import ${package}.${recordName};
import ${package}.${recordName}Input;
import org.peyvand.platform.core.text.PersianText;

/** A row of {@code ${moduleId}_${recordName.toLowerCase()}}; the schema is the module's changelog. */
@Entity
@Table(name = "${moduleId}_${recordName.toLowerCase()}")
public class ${recordName}Entity {
    /** The attribute lists sort by name on: the name in search form, so ي/ی and digit forms sort and match alike. */
    public static final String SORT_KEY = "sortKey";
    private static final int SORT_KEY_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "${moduleId}_${recordName.toLowerCase()}_seq")
    @SequenceGenerator(name = "${moduleId}_${recordName.toLowerCase()}_seq", sequenceName = "${moduleId}_${recordName.toLowerCase()}_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "sort_key", nullable = false)
    private String sortKey;

    private String notes;

    @Column(nullable = false)
    private String owner;

    @Column(name = "owner_unit_id", nullable = false)
    private long ownerUnitId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ${recordName}Entity() {
    }

    public ${recordName}Entity(${recordName}Input valid, String owner, long ownerUnitId, Instant now) {
        this.owner = owner;
        this.ownerUnitId = ownerUnitId;
        this.createdAt = now;
        apply(valid, now);
    }

    /** Takes over validated input; owner and creation stay. */
    public void apply(${recordName}Input valid, Instant now) {
        name = valid.name();
        sortKey = sortKey(valid.name());
        notes = valid.notes();
        updatedAt = now;
    }

    /** The search form of a name, as stored in {@code sort_key} and compared with typed words. */
    public static String sortKey(String text) {
        String key = PersianText.normalize(text).toLowerCase(Locale.ROOT);
        return key.length() > SORT_KEY_MAX ? key.substring(0, SORT_KEY_MAX) : key;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String owner() {
        return owner;
    }

    public long ownerUnitId() {
        return ownerUnitId;
    }

    public ${recordName} toRecord() {
        return new ${recordName}(id, name, notes, owner, ownerUnitId, createdAt, updatedAt, version, Map.of());
    }
}
