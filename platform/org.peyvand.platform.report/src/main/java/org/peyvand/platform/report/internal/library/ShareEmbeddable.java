package org.peyvand.platform.report.internal.library;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.peyvand.platform.report.ReportShare;

/** One row of rpt_share: with whom a saved report is shared. */
@Embeddable
public class ShareEmbeddable {
    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "target", nullable = false)
    private String target;

    public ShareEmbeddable() {
    }

    ShareEmbeddable(ReportShare share) {
        this.kind = share.kind().name();
        this.target = share.id();
    }

    ReportShare toShare() {
        return new ReportShare(ReportShare.Kind.valueOf(kind), target);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShareEmbeddable that && kind.equals(that.kind) && target.equals(that.target);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + target.hashCode();
    }
}
