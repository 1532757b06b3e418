package org.peyvand.platform.report.internal.library;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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

import org.peyvand.platform.form.LocalizedText;
import org.peyvand.platform.report.ReportShare;

/**
 * A report or dashboard a user saved: the definition as JSON, with its title and record type beside
 * it for listing, its owner, and with whom it is shared.
 */
@Entity
@Table(name = "rpt_definition")
public class DefinitionEntity {
    @Id
    @Column(name = "report_key")
    private String key;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "title_fa")
    private String titleFa;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "record_type")
    private String recordType;

    /** CLOB on Derby, TEXT on PostgreSQL; read and written as a string, which both accept. */
    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "owner", nullable = false, updatable = false)
    private String owner;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rpt_share", joinColumns = @JoinColumn(name = "report_key"))
    private Set<ShareEmbeddable> shares = new HashSet<>();

    public DefinitionEntity() {
    }

    DefinitionEntity(String key, LibraryKind kind, String owner) {
        this.key = key;
        this.kind = kind.name();
        this.owner = owner;
    }

    String key() {
        return key;
    }

    LibraryKind kind() {
        return LibraryKind.valueOf(kind);
    }

    String recordType() {
        return recordType;
    }

    String owner() {
        return owner;
    }

    String body() {
        return body;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<ReportShare> shares() {
        return shares.stream().map(ShareEmbeddable::toShare).sorted(Comparator.comparing(ReportShare::kind).thenComparing(ReportShare::id))
                .toList();
    }

    void change(LocalizedText title, String newRecordType, String newBody, List<ReportShare> newShares, Instant at) {
        titleFa = title == null ? null : title.fa();
        titleEn = title == null ? null : title.en();
        recordType = newRecordType;
        body = newBody;
        updatedAt = at;
        shares.clear();
        newShares.forEach(share -> shares.add(new ShareEmbeddable(share)));
    }
}
