package org.peyvand.module.visits.internal.jpa;

import java.time.Instant;
import java.time.LocalDate;
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

import org.peyvand.module.visits.Visit;
import org.peyvand.module.visits.VisitInput;
import org.peyvand.platform.core.text.PersianText;

/** A row of {@code visits_visit}; the schema is the module's changelog. */
@Entity
@Table(name = "visits_visit")
public class VisitEntity {
    /** The attribute the purpose search reads: the purpose in search form, so ي/ی and digit forms match alike. */
    public static final String SEARCH_KEY = "purposeKey";
    private static final int SEARCH_KEY_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visits_visit_seq")
    @SequenceGenerator(name = "visits_visit_seq", sequenceName = "visits_visit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private String visitor;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "purpose_key", nullable = false)
    private String purposeKey;

    private String outcome;

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

    protected VisitEntity() {
    }

    public VisitEntity(VisitInput valid, String owner, long ownerUnitId, Instant now) {
        this.owner = owner;
        this.ownerUnitId = ownerUnitId;
        this.createdAt = now;
        apply(valid, now);
    }

    /** Takes over validated input; owner and creation stay. */
    public void apply(VisitInput valid, Instant now) {
        visitDate = valid.visitDate();
        accountId = valid.accountId();
        visitor = valid.visitor();
        purpose = valid.purpose();
        purposeKey = searchKey(valid.purpose());
        outcome = valid.outcome();
        updatedAt = now;
    }

    /** The search form of a text, as stored in {@code purpose_key} and compared with typed words. */
    public static String searchKey(String text) {
        String key = PersianText.normalize(text).toLowerCase(Locale.ROOT);
        return key.length() > SEARCH_KEY_MAX ? key.substring(0, SEARCH_KEY_MAX) : key;
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

    public Visit toRecord() {
        return new Visit(id, visitDate, accountId, visitor, purpose, outcome, owner, ownerUnitId, createdAt, updatedAt, version, Map.of());
    }
}
